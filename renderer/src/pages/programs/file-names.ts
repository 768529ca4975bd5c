/** A file-name-safe version of a program name: "St. Mary's IR" → "st-mary-s-ir". */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'program';
}
