/** "1 fellow", "3 fellows". */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "a, b and c". */
export const listInWords = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
