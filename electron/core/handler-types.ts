import type { Channel } from '../../shared/ipc/channels';
import type { ParsedArgsOf, ValueOf } from '../../shared/ipc/contract';
import type { Store } from './store';

/** What differs between the desktop shell and the browser preview. */
export interface Platform {
  shell: 'desktop' | 'preview';
  version: string;
  /** Absent in the preview, where a browser page cannot open a folder. */
  openPath?: (path: string) => Promise<void>;
  openExternal?: (url: URL) => Promise<void>;
  /** The app window as a PDF (Electron's printToPDF); absent in the preview, which prints through the browser. */
  printToPdf?: () => Promise<Uint8Array>;
}

export interface HandlerContext {
  store: Store;
  platform: Platform;
}

export type Handler<K extends Channel> = (
  args: ParsedArgsOf<K>,
  context: HandlerContext,
) => Promise<ValueOf<K>> | ValueOf<K>;

export type Handlers = { [K in Channel]: Handler<K> };

/** A slice of the handler map for one area of the app. */
export type HandlerGroup<K extends Channel> = { [C in K]: Handler<C> };
