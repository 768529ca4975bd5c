/**
 * Interview questions in the app's own words. Ids are stable: recorded answers point at
 * them, so rewording a question is fine but an id must never be reused for another one.
 */
export type QuestionAudience = 'faculty' | 'resident';

export type QuestionTheme =
  | 'graduation-numbers'
  | 'per-year-numbers'
  | 'service-numbers'
  | 'resident-share'
  | 'competing-learners'
  | 'autonomy-timeline'
  | 'advanced-exposure'
  | 'case-mix'
  | 'daily-volume'
  | 'recent-shortfalls'
  | 'case-log-review'
  | 'img-history'
  | 'service-pace'
  | 'hands-on'
  | 'wish-more'
  | 'fellow-competition'
  | 'independent-call';

export interface BankQuestion {
  id: string;
  audience: QuestionAudience;
  theme: QuestionTheme;
  text: string;
  /** What a good answer tells you, shown beside the question. */
  listenFor: string;
}

export const QUESTION_BANK = [
  {
    id: 'faculty-graduation-total',
    audience: 'faculty',
    theme: 'graduation-numbers',
    text: 'Roughly how many IR procedures are in a typical graduate’s case log when they finish?',
    listenFor: 'A resident number, not the department’s. Near 1,000 is the floor; 1,500 or more is strong.',
  },
  {
    id: 'faculty-per-year',
    audience: 'faculty',
    theme: 'per-year-numbers',
    text: 'In one of the senior IR years, about how many cases does a single resident log?',
    listenFor: 'Busy centers commonly see 250 to 400 or more per core year, before call.',
  },
  {
    id: 'faculty-resident-share',
    audience: 'faculty',
    theme: 'resident-share',
    text: 'Of everything the IR service does in a year, what part lands in resident logs rather than with fellows or APPs?',
    listenFor: 'A share or a rough split. It turns a department total into something about you.',
  },
  {
    id: 'faculty-competing-learners',
    audience: 'faculty',
    theme: 'competing-learners',
    text: 'Who else works the cases here — independent IR residents, ESIR residents, APPs — and how are cases divided?',
    listenFor: 'Whether APPs take routine work off residents’ hands or take the hands-on cases.',
  },
  {
    id: 'faculty-autonomy-timeline',
    audience: 'faculty',
    theme: 'autonomy-timeline',
    text: 'In which PGY year do residents here first lead complex embolizations and ablations themselves?',
    listenFor: 'A PGY year and how the progression is decided.',
  },
  {
    id: 'faculty-advanced-exposure',
    audience: 'faculty',
    theme: 'advanced-exposure',
    text: 'How much hands-on time do residents get with TACE and Y90, complex embolization, TIPS and tumor ablation?',
    listenFor: 'Named procedures and who does them; the high-yield work is what a log of ports cannot replace.',
  },
  {
    id: 'faculty-case-mix',
    audience: 'faculty',
    theme: 'case-mix',
    text: 'Which kinds of cases keep the service busiest, and which are rare here?',
    listenFor: 'Whether venous, dialysis, drainage and MSK work happens here or is sent elsewhere.',
  },
  {
    id: 'faculty-daily-volume',
    audience: 'faculty',
    theme: 'daily-volume',
    text: 'On a usual day of an IR rotation, what is the split for a resident between cases led as primary operator and cases spent assisting?',
    listenFor: 'Two numbers. Primary-operator cases are the ones that build independence.',
  },
  {
    id: 'faculty-recent-shortfalls',
    audience: 'faculty',
    theme: 'recent-shortfalls',
    text: 'Has the program had to step in lately because a resident was behind on required case numbers? What did it do?',
    listenFor: 'An honest yes with a fix is fine; a flat “never” with no detail tells you little.',
  },
  {
    id: 'faculty-case-log-review',
    audience: 'faculty',
    theme: 'case-log-review',
    text: 'Who looks over resident case logs, and how often, to spot gaps early?',
    listenFor: 'A named person and a schedule show the program tracks training on purpose.',
  },
  {
    id: 'faculty-img-history',
    audience: 'faculty',
    theme: 'img-history',
    text: 'Have graduates of international medical schools interviewed or matched here in recent cycles?',
    listenFor: 'Recent examples, and whether US clinical experience is expected.',
  },
  {
    id: 'resident-hands-on',
    audience: 'resident',
    theme: 'hands-on',
    text: 'How much of your IR week is spent doing cases yourself, and is it enough?',
    listenFor: 'Whether seniors and juniors both say yes, and whether they mean doing or watching.',
  },
  {
    id: 'resident-wish-more',
    audience: 'resident',
    theme: 'wish-more',
    text: 'What would you want to have done more of before you graduate?',
    listenFor: 'Gaps in embolization, ablation or TIPS are the ones that matter most.',
  },
  {
    id: 'resident-fellow-competition',
    audience: 'resident',
    theme: 'fellow-competition',
    text: 'Do you ever end up competing with fellows or APPs for the good cases?',
    listenFor: 'Who scrubs the complex cases when everyone is available.',
  },
  {
    id: 'resident-independent-call',
    audience: 'resident',
    theme: 'independent-call',
    text: 'Picture your last month of residency: could you cover a night of call alone, complications included?',
    listenFor: 'Confidence backed by examples of managing complications themselves.',
  },
  {
    id: 'resident-service-pace',
    audience: 'resident',
    theme: 'service-pace',
    text: 'What does a quiet day on the IR service look like, and how often do you get one?',
    listenFor: 'Frequent quiet days with few cases are a warning sign.',
  },
] as const satisfies readonly BankQuestion[];

/**
 * Questions asked only when this program's figures leave them open, never on every sheet:
 * the service's own total says nothing about residents, so it is worth asking about only
 * when two such totals disagree.
 */
export const RAISED_ONLY_QUESTIONS = [
  {
    id: 'faculty-service-volume',
    audience: 'faculty',
    theme: 'service-numbers',
    text: 'About how many procedures does the whole IR service do in a year now?',
    listenFor: 'One current yearly number and whether it counts diagnostic studies. It is the department’s, not what residents log.',
  },
] as const satisfies readonly BankQuestion[];

export type QuestionId = (typeof QUESTION_BANK)[number]['id'] | (typeof RAISED_ONLY_QUESTIONS)[number]['id'];

const QUESTIONS_BY_ID = new Map<string, BankQuestion>([...QUESTION_BANK, ...RAISED_ONLY_QUESTIONS].map((q) => [q.id, q]));

export function bankQuestion(id: string): BankQuestion | undefined {
  return QUESTIONS_BY_ID.get(id);
}

/**
 * Warning signs to check with current residents. Each names the red flag it raises when
 * the applicant ticks "yes".
 */
export interface ChecklistItem {
  id: string;
  text: string;
  raisesFlag: 'residents-assist-only' | 'no-advanced-case-mix' | 'slow-service' | 'residents-as-technicians';
}

export const RESIDENT_RED_FLAG_CHECKLIST = [
  {
    id: 'only-assist-advanced',
    text: 'In advanced cases, residents describe their own role as mostly assisting.',
    raisesFlag: 'residents-assist-only',
  },
  {
    id: 'leave-without-complex',
    text: 'Recent graduates’ logs were thin on complex embolization, ablation or TIPS.',
    raisesFlag: 'no-advanced-case-mix',
  },
  {
    id: 'slow-days',
    text: 'Quiet days with few cases come up often.',
    raisesFlag: 'slow-service',
  },
  {
    id: 'technician-not-learner',
    text: 'Residents feel they keep the list moving more than they learn: little teaching or feedback.',
    raisesFlag: 'residents-as-technicians',
  },
  {
    id: 'no-protected-time',
    text: 'The case load leaves no room for conferences, board study or research.',
    raisesFlag: 'residents-as-technicians',
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistItemId = (typeof RESIDENT_RED_FLAG_CHECKLIST)[number]['id'];
