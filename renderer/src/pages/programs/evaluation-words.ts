import type { CompetitionReading } from '../../../../shared/programs/competition';
import type { AutonomyReading, ContextBoost, ImgFriendlinessReading } from '../../../../shared/programs/evaluation';
import type { TransparencyReading } from '../../../../shared/programs/transparency';

/** How each reading is put into words; the levels themselves come from evaluateProgram. */
type Words = { label: string; color: string; explain: string };

// The ranges follow COMPETITION_THRESHOLDS in shared/programs/competition.ts; the panel adds the ratio itself.
export const COMPETITION_WORDS: Record<CompetitionReading['level'], Words> = {
  low: { label: 'Low', color: 'teal', explain: 'Fewer than one fellow, ESIR resident or APP for each senior resident.' },
  moderate: { label: 'Moderate', color: 'yellow', explain: 'Between one and two other learners or APPs for each senior resident.' },
  heavy: {
    label: 'Heavy',
    color: 'red',
    explain: 'Two or more other learners or APPs for each senior resident, or more fellows and ESIR residents than senior residents.',
  },
  unknown: { label: 'Unknown', color: 'gray', explain: 'Add the residents per class and at least one other group to read this.' },
};

export const AUTONOMY_WORDS: Record<AutonomyReading['level'], Words> = {
  early: { label: 'Early', color: 'teal', explain: 'Residents lead complex cases by PGY-4 or earlier.' },
  typical: { label: 'Typical', color: 'blue', explain: 'Residents lead complex cases from PGY-5.' },
  late: { label: 'Late', color: 'yellow', explain: 'Residents lead complex cases only in the final year.' },
  'assist-only': { label: 'Assist only', color: 'red', explain: 'Residents rarely lead the advanced cases; they mostly assist.' },
  unknown: { label: 'Unknown', color: 'gray', explain: 'You do not know yet when residents become primary operator.' },
};

export const IMG_WORDS: Record<ImgFriendlinessReading['level'], Words> = {
  friendly: { label: 'Open to IMGs', color: 'teal', explain: 'IMG residents now, or IMGs taken recently.' },
  possible: { label: 'Possible', color: 'blue', explain: 'No IMG residents now, but nothing says they are not considered.' },
  unlikely: { label: 'Unlikely', color: 'red', explain: 'No IMGs interviewed or matched recently.' },
  unknown: { label: 'Unknown', color: 'gray', explain: 'You do not know yet whether this program takes IMGs.' },
};

export const TRANSPARENCY_WORDS: Record<TransparencyReading['level'], Words> = {
  specific: { label: 'Specific', color: 'teal', explain: 'Most answers were specific, and none about case numbers was vague or dodged.' },
  mixed: { label: 'Mixed', color: 'blue', explain: 'Some answers were specific, but not enough of them, or one about case numbers was not.' },
  vague: { label: 'Vague', color: 'yellow', explain: 'Half or more of the answers were vague or dodged.' },
  evasive: { label: 'Evasive', color: 'red', explain: 'A third or more of the answers dodged the question.' },
  unknown: { label: 'No answers yet', color: 'gray', explain: 'Record answers on the interview sheet to read this.' },
};

export const BOOST_WORDS: Record<ContextBoost, string> = {
  'level1-trauma': 'a Level I trauma center usually brings emergency embolization',
  'nci-cancer-center': 'an NCI-designated cancer center usually brings TACE, Y90 and ablation',
  'transplant-center': 'a transplant center usually brings TIPS and portal work',
};

export const VOLUME_TONE_COLORS = { good: 'teal', fair: 'blue', bad: 'red', warning: 'orange', unknown: 'gray' } as const;

export const BREADTH_WORDS = { broad: 'Broad', moderate: 'Moderate', narrow: 'Narrow', unknown: 'Unknown' } as const;
