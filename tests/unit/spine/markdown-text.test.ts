import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../shared/markdown-text';

describe('markdownText', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['1. numbered thought', '1\\. numbered thought'],
    ['12) also numbered', '12\\) also numbered'],
    ['- dash thought', '\\- dash thought'],
    ['+ plus thought', '\\+ plus thought'],
    ['> quoted', '\\> quoted'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['  - indented', '  \\- indented'],
  ])('escapes what would start a block: %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it.each([
    ['I saw *many* cases', 'I saw \\*many\\* cases'],
    ['an _emphasised_ word', 'an \\_emphasised\\_ word'],
    ['`code` and [link](x)', '\\`code\\` and \\[link\\](x)'],
    ['<b>tag</b>', '\\<b>tag\\</b>'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['a back\\slash', 'a back\\\\slash'],
    ['&amp; entity', '\\&amp; entity'],
  ])('escapes inline marks: %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it('leaves ordinary prose and clinical shorthand as typed', () => {
    for (const text of ['INR < 1.5, plt > 50k', '1.5 mg at 10:30', '-5 degrees', 'A & B', 'Dr. Núñez, 2025-06-03 (4 weeks)', 'Step 2 CK: 250']) {
      expect(markdownText(text)).toBe(text);
    }
  });

  it('keeps every single line break as a hard break, and none after the last line', () => {
    expect(markdownText('one  \ntwo\r\nthree')).toBe('one\\\ntwo\\\nthree');
  });
});
