import { describe, expect, it } from 'vitest';
import { toErasPlainText } from '../../../shared/statement/eras-plain-text';

const kinds = (text: string) => toErasPlainText(text).changes.map((change) => change.kind);

describe('toErasPlainText', () => {
  it.each([
    ['“Smart” quotes and it’s', '"Smart" quotes and it\'s', 'smart-quote'],
    ['TACE — then Y90 – later', 'TACE - then Y90 - later', 'dash'],
    ['and so on…', 'and so on...', 'ellipsis'],
    ['**Bold** claim', 'Bold claim', 'formatting'],
    ['an _emphasised_ word', 'an emphasised word', 'formatting'],
    ['## Heading\nText', 'Heading\nText', 'formatting'],
    ['<b>bold</b> and <i>italic</i>', 'bold and italic', 'html-tag'],
    ['• first\n• second', '- first\n- second', 'bullet'],
    ['Loved it 🙂 really', 'Loved it really', 'emoji-or-symbol'],
    ['Saw TIPS twice 🙂', 'Saw TIPS twice', 'emoji-or-symbol'],
    ['Thumbs 👍🏽 up', 'Thumbs up', 'emoji-or-symbol'],
    ['zero\u200Bwidth', 'zerowidth', 'invisible'],
    ['non\u00A0breaking\tand tab', 'non breaking and tab', 'special-space'],
  ])('cleans %j', (input, expected, kind) => {
    const result = toErasPlainText(input);
    expect(result.text).toBe(expected);
    expect(result.changes.map((change) => change.kind)).toContain(kind);
  });

  it('leaves ordinary text, accents and clinical shorthand alone and reports nothing', () => {
    const clean = "Observed 9 TACE cases at a cancer center (Dr. Núñez, São Paulo). Learned: INR < 1.5, plt > 50k; 2*3 = 6; snake_case_id.";
    expect(toErasPlainText(clean)).toEqual({ text: clean, changes: [] });
  });

  it('counts each kind of change and keeps the first example as typed', () => {
    const result = toErasPlainText('“a” “b” — c');
    expect(result.changes).toEqual([
      { kind: 'smart-quote', count: 4, example: '“' },
      { kind: 'dash', count: 1, example: '—' },
    ]);
  });

  it('names invisible characters by code point', () => {
    expect(toErasPlainText('a\u200Bb').changes).toEqual([{ kind: 'invisible', count: 1, example: 'U+200B' }]);
  });

  it('never shortens text: a long description stays whole', () => {
    const long = 'word '.repeat(400);
    expect(toErasPlainText(long).text).toBe(long);
    expect(kinds(long)).toEqual([]);
  });
});
