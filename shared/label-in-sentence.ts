/**
 * A label as it reads inside a sentence: "Microwave ablation" → "microwave ablation",
 * while "US clinical rotation", "TIPS", "IVC filter placement" and "Y90" keep their
 * capitals. Only the first letter is lowered, and only when the second is lowercase,
 * so acronyms survive.
 */
export function labelInSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}
