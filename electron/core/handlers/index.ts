import type { Channel } from '../../../shared/ipc/channels';
import type { Handlers } from '../handler-types';
import { appHandlers } from './app-handlers';
import { dataHandlers } from './data-handlers';
import { exposureHandlers } from './exposure-handlers';
import { programsHandlers } from './programs-handlers';
import { profileHandlers } from './profile-handlers';
import { statementHandlers } from './statement-handlers';

/** Every channel's handler. A missing channel fails to compile; so does an extra one. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...dataHandlers,
  ...exposureHandlers,
  ...programsHandlers,
  ...statementHandlers,
} satisfies Handlers;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const handlersMatchChannels: Exact<keyof typeof handlers, Channel> = true;
