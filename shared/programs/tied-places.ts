/**
 * Places in a score-ordered list as the applicant reads them: scores equal to the shown tenth
 * share a place (1, 2, 2, 4), since the list cannot honestly put one of them first.
 */
export interface Place {
  place: number;
  /** True when another program shares this place. */
  tied: boolean;
}

/** A score as the applicant sees it, in tenths: scores with the same shown tenth are tied. */
export const shownScore = (score: number) => Math.round(score * 10);
const shown = shownScore;

/** `scores` in list order, highest first. */
export function tiedPlaces(scores: readonly number[]): Place[] {
  const places: Place[] = [];
  scores.forEach((score, index) => {
    const previous = places[index - 1];
    if (previous && shown(score) === shown(scores[index - 1]!)) {
      previous.tied = true;
      places.push({ place: previous.place, tied: true });
    } else places.push({ place: index + 1, tied: false });
  });
  return places;
}

/** The place of the program at `rank` (1-based) in the list `places` was made for. */
export const placeAt = (places: readonly Place[], rank: number): Place => places[rank - 1] ?? { place: rank, tied: false };

/** The list positions (1-based, inclusive) a shared place covers: #5= shared by four programs covers 5 to 8. */
export interface PlaceSpan {
  from: number;
  to: number;
}

/** For each entry of `places` (as `tiedPlaces` made them), the positions its place covers. */
export function placeSpans(places: readonly Place[]): PlaceSpan[] {
  const lastOf = new Map<number, number>();
  places.forEach(({ place }, index) => lastOf.set(place, index + 1));
  return places.map(({ place }) => ({ from: place, to: lastOf.get(place) ?? place }));
}
