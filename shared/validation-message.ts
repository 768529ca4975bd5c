import type { z } from 'zod';

/** Turns zod issues into sentences a person can act on, naming the field. */
export function describeValidationError(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(' › ')}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}
