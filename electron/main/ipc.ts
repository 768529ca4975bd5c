import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { fail } from '../../shared/result';
import { dispatch } from '../core/dispatch';
import type { HandlerContext } from '../core/handler-types';
import { handlers } from '../core/handlers';

let registered = false;

/** Registers every channel through one wrapper: trusted sender, then `dispatch`. */
export function registerIpc(context: HandlerContext, isTrustedUrl: (url: string | undefined) => boolean): void {
  if (registered) throw new Error('IPC handlers are already registered');
  registered = true;
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return fail('forbidden', 'This request did not come from the app window.');
      }
      return dispatch(handlers, context, channel, args);
    });
  }
}
