import { formatCount } from './format-count';
/**
 * A cell or value quoted back in an error message, cut short: a message that
 * echoes a whole megabyte cell is not one anybody can read.
 */
export function clipForMessage(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${formatCount(text.length)} characters)`;
}
