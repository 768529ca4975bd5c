/**
 * The applicant's text put into a Markdown export so that it reads exactly as typed:
 * "# Not a heading" stays a line of text, "*many*" keeps its stars, "1. a thought" does
 * not turn into a list, and a single line break stays a line break.
 */

/** Characters that mark up text anywhere in a line (emphasis, code, links, HTML, GFM strikethrough and tables). */
const INLINE_MARKS = /[\\`*_[\]~|]/g;
/** "<" only before what could open an HTML tag or autolink, so "INR < 1.5" stays readable. */
const TAG_OPENING = /<(?=[A-Za-z/!?])/g;
/** "&" only before what would be read as an entity ("&amp;", "&#169;"). */
const ENTITY_OPENING = /&(?=#?\w+;)/g;
/**
 * What makes a block at the start of a line: a heading, a quote, a list item, a rule or
 * a heading underline ("*" and "_" are escaped everywhere already).
 */
const LINE_START_MARKS = /^([ \t]*)(#|>|[-+](?=\s|$|-)|=|\d{1,9}(?=[.)](?:\s|$)))/;

function escapeLine(line: string): string {
  const inline = line.replace(INLINE_MARKS, '\\$&').replace(TAG_OPENING, '\\<').replace(ENTITY_OPENING, '\\&');
  return inline.replace(LINE_START_MARKS, (_match, indent: string, mark: string) => (/^\d/.test(mark) ? `${indent}${mark}\\` : `${indent}\\${mark}`));
}

/**
 * User text escaped for Markdown, one output line per input line. Lines are joined with
 * a backslash hard break rather than two trailing spaces, which editors often strip.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLine(line.trimEnd()))
    .join('\\\n');
}
