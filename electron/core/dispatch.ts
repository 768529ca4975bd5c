import { z } from 'zod';
import { isChannel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/result';
import { describeValidationError } from '../../shared/validation-message';
import type { HandlerContext, Handlers } from './handler-types';

/**
 * The one wrapper every call goes through, from Electron IPC or the test bridge:
 * parse the arguments with the contract's schema, run the handler, and return a
 * Result. Nothing thrown here ever crosses to the renderer as an exception.
 */
export async function dispatch(
  handlers: Handlers,
  context: HandlerContext,
  channel: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('not-found', `There is no action called "${String(channel).slice(0, 60)}".`);
  const parsed = contract[channel].args.safeParse(rawArgs);
  if (!parsed.success) return fail('validation', describeValidationError(parsed.error));
  try {
    const handler = handlers[channel] as (args: unknown, context: HandlerContext) => unknown;
    return ok(await handler(parsed.data, context));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message);
    if (error instanceof z.ZodError) return fail('validation', describeValidationError(error));
    console.error(`[ipc] ${channel} failed`, error);
    return fail('internal', 'Something unexpected went wrong while doing that. Please try again.');
  }
}
