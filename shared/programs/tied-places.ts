/**
 * Places in a score-ordered list as the applicant reads them: scores equal to the shown tenth
 * share a place (1, 2, 2, 4), since the list cannot honestly put one of them first.
 */
export interface Place {
  place: number;
  /** True when another program shares this place. */
  tied: boolean;
}

const shown = (score: number) => Math.round(score * 10);

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
