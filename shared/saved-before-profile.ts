import { formatCount } from './format-count';
import { listInWords } from './in-words';
import type { AppDocument } from './schema/document';
import { countWords } from './statement/text-counts';

/** What the welcome view shows of the applicant's work before a profile exists. */
export interface SavedBeforeProfile {
  /** Cases, experiences or research outputs: the exposure summary has something to show. */
  exposureLogged: boolean;
  /** "Also saved: 1 program and a statement draft", or null when there is nothing else. */
  alsoSaved: string | null;
}

const counted = (count: number, one: string, many: string) => (count === 0 ? [] : [`${formatCount(count)} ${count === 1 ? one : many}`]);

/**
 * The work the exposure summary does not show, so a user who only shortlisted programs or began a
 * statement sees it is kept (and is not surprised when the sample asks to replace it).
 */
export function savedBeforeProfile(doc: Pick<AppDocument, 'procedures' | 'experiences' | 'researchOutputs' | 'shortlist' | 'statement'>): SavedBeforeProfile {
  const { statement } = doc;
  const others = [
    ...counted(doc.shortlist.programs.length, 'program', 'programs'),
    ...counted(statement.talkingPoints.length, 'talking point', 'talking points'),
    ...(countWords(statement.draft.text) > 0 ? ['a statement draft'] : []),
  ];
  return {
    exposureLogged: doc.procedures.length + doc.experiences.length + doc.researchOutputs.length > 0,
    alsoSaved: others.length === 0 ? null : `Also saved: ${listInWords(others)}.`,
  };
}
