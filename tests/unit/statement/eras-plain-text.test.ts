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

  it('keeps accents typed as a separate mark (as pasted from macOS or a PDF), reporting nothing', () => {
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez in Sa\u0303o Paulo';
    const result = toErasPlainText(decomposed);
    expect(result.text).toBe('José Núñez in São Paulo');
    expect(result.text).toHaveLength('José Núñez in São Paulo'.length);
    expect(result.changes).toEqual([]);
  });

  it('removes an accent that forms no single letter, and names it in visible words with its letter', () => {
    const result = toErasPlainText('Spinal q\u0303 and a stray \u0301mark');
    expect(result.text).toBe('Spinal q and a stray mark');
    expect(result.changes).toEqual([{ kind: 'loose-accent', count: 2, example: 'accent U+0303 on “q”, accent U+0301 on no letter' }]);
  });

  it('still removes an emoji with its variation selector as an emoji', () => {
    expect(kinds('Done \u2714\uFE0F today')).toEqual(['emoji-or-symbol']);
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

  it('writes medical symbols and Greek letters out instead of deleting them, so no unit changes (the QA repro)', () => {
    const result = toErasPlainText('β-blocker; AFP (α-fetoprotein); 3 × 4 cm; 10 µg; ≥ 50%; 38.5 °C');
    expect(result.text).toBe('beta-blocker; AFP (alpha-fetoprotein); 3 x 4 cm; 10 mcg; >= 50%; 38.5 degrees C');
    expect(result.text).not.toContain('10 g');
    // Every substitution is shown, not only the first.
    expect(result.changes).toEqual([{ kind: 'written-out', count: 6, example: 'µg → mcg, °C → degrees C, β → beta, α → alpha, × → x, ≥ → >=' }]);
  });

  it.each([
    ['5 μg/kg (Greek mu)', '5 mcg/kg (Greek mu)'],
    ['2 µL of contrast, 5 µmol', '2 microL of contrast, 5 micromol'],
    ['300–500 µm particles', '300-500 micron particles'],
    ['the μ-opioid receptor', 'the mu-opioid receptor'],
    ['TGF-β1 and ΔHb', 'TGF-beta1 and DeltaHb'],
    ['≤ 2 cm, ± 5 mm, ≈ 30 min, A → B', '<= 2 cm, +/- 5 mm, ~ 30 min, A -> B'],
    ['a 45° angle at 38°C and 100 ℃', 'a 45 degrees angle at 38 degrees C and 100 degrees C'],
    ['fees of €50 and 20 £', 'fees of EUR 50 and 20 GBP'],
  ])('writes out %j', (input, expected) => {
    const result = toErasPlainText(input);
    expect(result.text).toBe(expected);
    expect(result.changes.map((change) => change.kind)).toContain('written-out');
  });

  it('removes words in other alphabets but lists every one of them, and keeps accented Latin letters', () => {
    const result = toErasPlainText('Rotation in Москва (Moscow), then 北京 (Beijing), then Москва again; Dr. Núñez.');
    expect(result.text).toBe('Rotation in (Moscow), then (Beijing), then again; Dr. Núñez.');
    expect(result.changes).toEqual([{ kind: 'other-script', count: 3, example: 'Москва, 北京' }]);
  });

  it('treats a run of Greek letters as a Greek word, not as symbols', () => {
    const result = toErasPlainText('Visited Αθήνα');
    expect(result.text).toBe('Visited');
    expect(result.changes).toEqual([{ kind: 'other-script', count: 1, example: 'Αθήνα' }]);
  });

  it('writes out the symbols a second QA pass found dropped: not-equal, superscripts, subscripts, a Greek pair, a tilde and the yen', () => {
    const result = toErasPlainText('HR ≠ 1; 10 mg·kg⁻¹; αβ T cells; ∼30 cases; ¥50; m², SpO₂');
    expect(result.text).toBe('HR != 1; 10 mg·kg^-1; alpha-beta T cells; ~30 cases; JPY 50; m^2, SpO2');
    expect(result.changes).toEqual([
      { kind: 'written-out', count: 7, example: 'αβ → alpha-beta, ≠ → !=, ∼ → ~, ⁻¹ → ^-1, ² → ^2, ₂ → 2, ¥ → JPY' },
    ]);
  });

  it('never reads the mu inside a Greek word as a micro sign', () => {
    expect(toErasPlainText('Said καλημέρα').text).toBe('Said');
  });

  it('lists every distinct emoji or symbol removed, not only the first', () => {
    expect(toErasPlainText('Great 🙂 day ★ and 🙂 again').changes).toEqual([{ kind: 'emoji-or-symbol', count: 3, example: '🙂, ★' }]);
  });

  it('leaves ASCII spellings, plain units and the letter x alone', () => {
    const clean = 'beta-blocker, 10 mcg, 5 mg, 3 x 4 cm, >= 50%, +/- 2, A -> B, 38.5 degrees C, EUR 50';
    expect(toErasPlainText(clean)).toEqual({ text: clean, changes: [] });
  });
});
