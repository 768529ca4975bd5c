import type { Experience } from '../exposure/experience-schema';
import { PROCEDURE_ROLES, type ProcedureRole } from '../exposure/procedure-schema';

/** Cases logged at one place; experiences at the same organisation count as one site. */
export interface SiteCount {
  /** "at Riverbend Cancer Institute", or "during “IR observership”" when no organisation is given. */
  phrase: string;
  count: number;
  /** The experiences these cases are linked to, most cases first. */
  experienceIds: string[];
}

export interface RoleCount {
  role: ProcedureRole;
  count: number;
}

export interface CaseBreakdown {
  /** Most cases first, then by phrase, so the same log always reads the same. */
  sites: SiteCount[];
  /** Cases with no experience, or one that no longer exists: their site is unknown. */
  unlinked: number;
  /** Only the roles that occur, in the order of PROCEDURE_ROLES (least to most involved). */
  roles: RoleCount[];
}

interface CaseFields {
  role: ProcedureRole;
  experienceId: string | null;
}

function sitePhrase(experience: Experience): { key: string; phrase: string } {
  const organisation = experience.organisation.trim();
  if (organisation !== '') return { key: `org:${organisation.toLowerCase()}`, phrase: `at ${organisation}` };
  // A title is not a place, so it must not read as one.
  return { key: `exp:${experience.id}`, phrase: `during “${experience.title}”` };
}

/** Where and in what role the given cases were logged, without merging anything. */
export function caseBreakdown(entries: readonly CaseFields[], experiences: ReadonlyMap<string, Experience>): CaseBreakdown {
  const sites = new Map<string, { phrase: string; count: number; byExperience: Map<string, number> }>();
  const roleCounts = new Map<ProcedureRole, number>();
  let unlinked = 0;
  for (const entry of entries) {
    roleCounts.set(entry.role, (roleCounts.get(entry.role) ?? 0) + 1);
    const experience = entry.experienceId === null ? undefined : experiences.get(entry.experienceId);
    if (!experience) {
      unlinked += 1;
      continue;
    }
    const { key, phrase } = sitePhrase(experience);
    const site = sites.get(key) ?? { phrase, count: 0, byExperience: new Map<string, number>() };
    site.count += 1;
    site.byExperience.set(experience.id, (site.byExperience.get(experience.id) ?? 0) + 1);
    sites.set(key, site);
  }
  return {
    sites: [...sites.values()]
      .map((site) => ({
        phrase: site.phrase,
        count: site.count,
        experienceIds: [...site.byExperience.entries()].sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB)).map(([id]) => id),
      }))
      .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)),
    unlinked,
    roles: PROCEDURE_ROLES.filter((role) => roleCounts.has(role)).map((role) => ({ role, count: roleCounts.get(role) ?? 0 })),
  };
}
