/**
 * Plain-letter spellings for the symbols and Greek letters medical writing uses, so the
 * ERAS plain-text cleanup can write them out instead of deleting them: "β-blocker" must
 * not become "-blocker", nor "10 µg" become "10 g".
 */

const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
  // The micro sign is its own character (U+00B5); alone, as in "µ-opioid", it is the letter mu.
  µ: 'mu',
};

/** "β" → "beta", "Δ" → "Delta"; undefined for a letter without a plain name (an accented one). */
export function greekLetterName(letter: string): string | undefined {
  const name = GREEK_LETTER_NAMES[letter.toLowerCase()];
  if (!name) return undefined;
  return letter === letter.toLowerCase() ? name : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Symbols with an ASCII spelling that means the same. */
export const SYMBOL_SPELLINGS: Readonly<Record<string, string>> = {
  '×': 'x',
  '≥': '>=',
  '≤': '<=',
  '±': '+/-',
  '≈': '~',
  '÷': '/',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
};

/** Currency signs written as their ISO codes; "¥" (yen or yuan) is left out as ambiguous. */
export const CURRENCY_CODES: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP' };

/** The characters either side of a match, for spellings that must not run into a neighbour. */
export interface Around {
  before: string;
  after: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A word put in a symbol's place is spaced from a letter or digit it would touch: "€50" → "EUR 50", "38.5°C" → "38.5 degrees C". */
export function asWord(word: string, { before, after }: Around): string {
  return `${WORD_CHARACTER.test(before) ? ' ' : ''}${word}${WORD_CHARACTER.test(after) ? ' ' : ''}`;
}
