import { EXPERIENCE_KIND_LABELS } from '../../../../shared/exposure/experience-schema';
import { RESEARCH_OUTPUT_TYPE_LABELS } from '../../../../shared/exposure/research-output-schema';
import type { Citation } from '../../../../shared/statement/personal-prompts';
import { evidenceLabel } from '../../../../shared/statement/statement-document';
import { procedureNamer, type Workspace } from './load-workspace';

/** "procedure:abc" ⇄ { kind: 'procedure', id: 'abc' } for Mantine's string-valued selects. */
export const citationKey = (citation: Citation) => `${citation.kind}:${citation.id}`;

export function citationFromKey(key: string): Citation {
  const [kind, ...rest] = key.split(':');
  return { kind: kind as Citation['kind'], id: rest.join(':') };
}

export function citationText(citation: Citation, workspace: Workspace): string {
  return evidenceLabel(citation, workspace, procedureNamer(workspace));
}

const DELETED_WORDS: Record<Citation['kind'], [one: string, many: string]> = {
  procedure: ['deleted procedure entry', 'deleted procedure entries'],
  experience: ['deleted experience', 'deleted experiences'],
  output: ['deleted research output', 'deleted research outputs'],
};

function stillLogged(citation: Citation, workspace: Workspace): boolean {
  const list = citation.kind === 'procedure' ? workspace.procedures : citation.kind === 'experience' ? workspace.experiences : workspace.researchOutputs;
  return list.some((item) => item.id === citation.id);
}

const HIDDEN_KIND_WORDS: Record<Citation['kind'], [one: string, many: string]> = {
  procedure: ['case', 'cases'],
  experience: ['experience', 'experiences'],
  output: ['output', 'outputs'],
};

/**
 * "and 15 more (13 cases, 2 experiences)": the entries not named, counted by kind, so a count of
 * cases is never read into them. The prompts and the talking points both end their lists so.
 */
export function moreInWords(hidden: readonly Citation[]): string {
  const byKind = (Object.keys(HIDDEN_KIND_WORDS) as Citation['kind'][])
    .map((kind) => [kind, hidden.filter((citation) => citation.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${HIDDEN_KIND_WORDS[kind][count === 1 ? 0 : 1]}`);
  return `and ${hidden.length} more (${byKind.join(', ')})`;
}

/**
 * A point's evidence in one line: the first `shown` entries by name, then how many more by kind,
 * then the deleted ones counted by kind ("5 deleted procedure entries") instead of named one by one.
 */
export function evidenceInWords(citations: readonly Citation[], workspace: Workspace, shown = 4): string {
  if (citations.length === 0) return 'none';
  const logged = citations.filter((citation) => stillLogged(citation, workspace));
  const parts = logged.slice(0, shown).map((citation) => citationText(citation, workspace));
  if (logged.length > shown) parts.push(moreInWords(logged.slice(shown)));
  for (const [kind, [one, many]] of Object.entries(DELETED_WORDS) as [Citation['kind'], [string, string]][]) {
    const deleted = citations.filter((citation) => citation.kind === kind && !stillLogged(citation, workspace)).length;
    if (deleted > 0) parts.push(deleted === 1 ? `1 ${one}` : `${deleted} ${many}`);
  }
  return parts.join('; ');
}

export interface EvidenceGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** Every entry of the log as an option, grouped; procedures newest first with their site. */
export function evidenceOptions(workspace: Workspace): EvidenceGroup[] {
  const name = procedureNamer(workspace);
  const sites = new Map(workspace.experiences.map((experience) => [experience.id, experience.organisation || experience.title]));
  return [
    {
      group: 'Experiences',
      items: workspace.experiences.map((experience) => ({ value: `experience:${experience.id}`, label: `${EXPERIENCE_KIND_LABELS[experience.kind]}: ${experience.title}` })),
    },
    {
      group: 'Research outputs',
      items: workspace.researchOutputs.map((output) => ({ value: `output:${output.id}`, label: `${RESEARCH_OUTPUT_TYPE_LABELS[output.type]}: ${output.title}` })),
    },
    {
      group: 'Procedures',
      items: [...workspace.procedures]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((entry) => {
          const site = entry.experienceId ? sites.get(entry.experienceId) : undefined;
          return { value: `procedure:${entry.id}`, label: `${name(entry.procedureId)} · ${entry.date}${site ? ` · ${site}` : ''}` };
        }),
    },
  ];
}
