import { CASE_VOLUME_BENCHMARKS } from './case-volume';

const { floor, strongFrom, strongTypicalUpTo } = CASE_VOLUME_BENCHMARKS.graduationTotal;
const { busyFrom, busyUpTo } = CASE_VOLUME_BENCHMARKS.perCoreIrYear;

/**
 * The per-year band's start over the graduation band's start (250 / 1,500 = 1/6). The
 * per-year benchmark has no floor; scaling the 1,000 floor by this ratio gives one (about
 * 167 a core IR year). That ratio and that floor are our assumption, used for the score
 * and for comparing figures, never shown as a benchmark.
 */
export const PER_YEAR_TO_TOTAL = busyFrom / strongFrom;

/**
 * One scale for both resident figures, so the same place in either band scores the same
 * (straight lines between these points, capped at 1):
 *
 *   place in the band            by graduation   per core IR year   value
 *   nothing logged                     0                0           0
 *   the floor                      1,000             ~167 *        0.55
 *   start of the strong/busy band  1,500              250          0.75
 *   top of the usual band          2,500+             400+         1
 *
 *   * the floor scaled by PER_YEAR_TO_TOTAL (see above).
 *
 * A known figure at the floor scores a little above unknown (0.5): adequate is a real
 * answer, and a better one than none. The line crosses 0.5 at about 910 by graduation,
 * inside the near-the-floor band, so a figure there counts about as much as no figure;
 * with no step at the floor, 999 and 1,000 score almost alike.
 */
const VALUE_AT = { floor: 0.55, bandStart: 0.75, bandTop: 1 } as const;

type Anchors = readonly (readonly [count: number, value: number])[];

const GRADUATION_ANCHORS: Anchors = [
  [0, 0],
  [floor, VALUE_AT.floor],
  [strongFrom, VALUE_AT.bandStart],
  [strongTypicalUpTo, VALUE_AT.bandTop],
];

const PER_YEAR_ANCHORS: Anchors = [
  [0, 0],
  [floor * PER_YEAR_TO_TOTAL, VALUE_AT.floor],
  [busyFrom, VALUE_AT.bandStart],
  [busyUpTo, VALUE_AT.bandTop],
];

function onScale(anchors: Anchors, count: number): number {
  for (let i = 1; i < anchors.length; i++) {
    const [toCount, toValue] = anchors[i]!;
    if (count <= toCount) {
      const [fromCount, fromValue] = anchors[i - 1]!;
      return fromValue + ((toValue - fromValue) * (count - fromCount)) / (toCount - fromCount);
    }
  }
  return anchors.at(-1)![1];
}

/** 0..1 for a graduation total, on the shared scale above. */
export const graduationTotalValue = (total: number) => onScale(GRADUATION_ANCHORS, Math.max(0, total));

/** 0..1 for a per-core-IR-year figure, on the same scale as a graduation total. */
export const perCoreYearValue = (perYear: number) => onScale(PER_YEAR_ANCHORS, Math.max(0, perYear));

/** A graduation total as the per-core-year figure at the same place in its band. */
export const perYearEquivalent = (total: number) => Math.round(total * PER_YEAR_TO_TOTAL);
