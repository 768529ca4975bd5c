import { notifications } from '@mantine/notifications';
import type { Result } from '../../shared/result';

/** The API the renderer talks to; a function so tests can swap `window.api`. */
export const api = () => window.api;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Returns the value, or throws an ApiError carrying the handler's readable message. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

/** For actions whose failure the user should simply be told about. */
export function notifyFailure(error: unknown, title = 'That did not work'): void {
  const message = error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
