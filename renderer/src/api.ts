import { notifications } from '@mantine/notifications';

// The calls themselves live in api-core.ts, which start-up code loads before React and Mantine.
export { api, ApiError, unwrap } from './api-core';

/** For actions whose failure the user should simply be told about. */
export function notifyFailure(error: unknown, title = 'That did not work'): void {
  const message = error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
