/** A copy of `set` with `members` added (`on`) or taken out: for a selection held in React state. */
export function withMembers<T>(set: ReadonlySet<T>, members: readonly T[], on: boolean): Set<T> {
  const next = new Set(set);
  for (const member of members) {
    if (on) next.add(member);
    else next.delete(member);
  }
  return next;
}
