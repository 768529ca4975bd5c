import type { Program } from '../../../shared/programs/program-schema';
import { CASE_MIX_CATEGORY_IDS, CASE_MIX_STRENGTHS } from '../../../shared/programs/case-mix-categories';
import { mulberry32 } from '../../../shared/programs/stability';
import { figure, makeProgram } from './program-fixture';

/** A reproducible spread of programs, some facts known and some not. */
export function manyPrograms(count: number, seed = 7): Program[] {
  const random = mulberry32(seed);
  const maybe = <T>(value: T): T | null => (random() < 0.7 ? value : null);
  const int = (max: number) => Math.floor(random() * (max + 1));
  return Array.from({ length: count }, (_, i) =>
    makeProgram(`Program ${String(i).padStart(3, '0')}`, (p) => {
      if (random() < 0.6) p.volumeFigures.push(figure('resident-graduation-total', 600 + int(2200)));
      if (random() < 0.5) p.volumeFigures.push(figure('departmental-annual', 3000 + int(12000)));
      for (const id of CASE_MIX_CATEGORY_IDS) p.caseMix[id] = CASE_MIX_STRENGTHS[int(3)]!;
      p.autonomy.primaryOperatorFromPgy = maybe(2 + int(4));
      p.competingLearners = {
        irResidentsPerClass: maybe(1 + int(3)),
        independentFellows: maybe(int(4)),
        esirResidents: maybe(int(2)),
        apps: maybe(int(8)),
      };
      p.imgFriendliness.imgsInterviewedOrMatchedRecently = (['yes', 'no', 'unknown'] as const)[int(2)]!;
      p.personalRating = maybe(int(5));
      p.locationPreference = maybe(int(5));
      p.institutionalContext.level1Trauma = maybe(random() < 0.5);
    }),
  );
}
