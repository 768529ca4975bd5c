/** What every IPC call returns: never a thrown string across the bridge. */
export type ErrorCode =
  | 'validation'
  /** The action would replace the applicant's own data; it runs only when the call says so. */
  | 'conflict'
  | 'not-found'
  | 'forbidden'
  | 'unsupported'
  | 'store-unavailable'
  | 'io'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An error a handler throws on purpose; the wrapper turns it into `{ ok: false }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
