import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import type { ProgramsCollections } from '../../../../shared/programs/program-schema';
import type { Profile } from '../../../../shared/schema/profile';
import { localToday } from '../../../../shared/local-today';
import { api, unwrap } from '../../api';

export interface RankingData {
  shortlist: ProgramsCollections;
  profile: Profile | null;
  exposure: ExposureCollections;
  /** Today, so the evaluation can tell stale figures apart; read once per load. */
  asOf: string;
  /** Distinct per load, so the page can start fresh when the data file is replaced. */
  loadId: number;
}

let loads = 0;

/** Module-level so `useApiQuery` gets a stable loader. */
export async function loadRankingData(): Promise<RankingData> {
  const [shortlist, profile, exposure] = await Promise.all([
    api()['shortlist:get']().then(unwrap),
    api()['profile:get']().then(unwrap),
    api()['exposure:get']().then(unwrap),
  ]);
  const asOf = localToday();
  loads += 1;
  return { shortlist, profile, exposure, asOf, loadId: loads };
}
