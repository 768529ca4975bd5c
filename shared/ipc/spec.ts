import { z } from 'zod';

/** A channel's argument schema plus, at the type level only, its result type. */
export interface ChannelSpec<Args extends z.ZodType, Value> {
  args: Args;
  /** Phantom: never read at run time. */
  value?: Value;
}

export const spec =
  <Value>() =>
  <Args extends z.ZodType>(args: Args): ChannelSpec<Args, Value> => ({ args });

export const noArgs = z.undefined({ error: 'This action takes no arguments' });

/** The user's explicit "this is not patient data" after the identifier warning. */
export const confirmation = z.boolean().default(false);

export const idArgs = z.object({ id: z.string().min(1, 'Missing id').max(100) });
