import type { Api } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Set by the preload (desktop) or the bridge script (preview). The renderer's only way out. */
    readonly api: Api;
  }
}
