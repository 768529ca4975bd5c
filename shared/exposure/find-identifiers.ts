/**
 * Spots text that looks like patient-identifying data in the applicant's own
 * notes, so the app can warn before anything identifiable is kept. It is a
 * heuristic safety net, not a de-identification guarantee: it prefers to stay
 * quiet on ordinary clinical reflection ("a 65-year-old with HCC", "Dr. Patel",
 * "5 Fr sheath") and flags the usual HIPAA identifiers.
 *
 * A finding's span covers the cue and the value ("MRN 1234567", "accession
 * 2026-001234", "pt John Smith", "patient john smith"), so the highlight shows
 * why it was flagged. Numbers are flagged by a label or an unmistakable shape
 * only: a bare year, a date or "10 Fr" is ordinary clinical text.
 */

export const IDENTIFIER_KINDS = [
  'mrn',
  'date-of-birth',
  'ssn',
  'phone',
  'email',
  'street-address',
  'age-over-89',
  'patient-name',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  mrn: 'medical record or ID number',
  'date-of-birth': 'date of birth',
  ssn: 'Social Security number',
  phone: 'phone number',
  email: 'email address',
  'street-address': 'street address',
  'age-over-89': 'age over 89',
  'patient-name': 'patient name',
};

const IDENTIFIER_PLURALS: Record<IdentifierKind, string> = {
  mrn: 'medical record or ID numbers',
  'date-of-birth': 'dates of birth',
  ssn: 'Social Security numbers',
  phone: 'phone numbers',
  email: 'email addresses',
  'street-address': 'street addresses',
  'age-over-89': 'ages over 89',
  'patient-name': 'patient names',
};

export interface IdentifierFinding {
  kind: IdentifierKind;
  start: number;
  end: number;
}

interface Detector {
  kind: IdentifierKind;
  pattern: RegExp;
  /** Optional second look at a match, e.g. the age must really be over 89. */
  accept?: (match: RegExpExecArray) => boolean;
  /** Where the finding ends when the match runs past the identifier, e.g. into the next sentence. */
  end?: (match: RegExpExecArray) => number;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE_VALUE = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  `${MONTH}\\s+${DAY},?\\s+\\d{4}`,
  `${DAY}\\s+${MONTH},?\\s+\\d{4}`,
].join('|');

const HONORIFIC = '(?:Mr|Mrs|Ms|Miss|Mx)';
// A capitalised name word with room for O'Neil and Smith-Jones, but not a possessive 's.
const NAME_WORD = "[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?";
const SURNAME = "[A-Z][a-zA-Z]*(?:['’][A-Z][a-zA-Z]+)?(?:-[A-Z][a-zA-Z]+)?";

/** Capitalised words that follow "patient" or "pt." at a sentence turn but are not names. */
const NOT_A_NAME = new Set(
  (
    'I Dr Doctor Mr Mrs Ms Miss Mx He She They We It You The This That These Those His Her Their Our My A An ' +
    'After Before During Then When While And But So Was Had Is Has Did Who With Without ' +
    'Safety Care Education Experience Advocate Advocacy Centered Outcomes Portal Satisfaction ' +
    'Navigator Services Selection Consent Monday Tuesday Wednesday Thursday Friday Saturday ' +
    'Sunday January February March April May June July August September October November December'
  ).split(' '),
);

/**
 * Lower-case names typed straight after "patient", "pt", "Mr" and the like ("patient john
 * smith"). Any lower-case word can follow "patient" ("patient was stable"), so only names on
 * this list count. Names that are also words or eponyms (will, mark, rose, ana, allen,
 * jackson, kelly, wilson) are left off on purpose: "pt allen test normal" is clinical text.
 */
const LOWER_CASE_NAMES = (
  'john james robert michael william david richard joseph thomas charles christopher daniel matthew ' +
  'anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason ' +
  'jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel ' +
  'gregory raymond alexander patrick dennis jerry tyler aaron jose henry adam douglas nathan peter ' +
  'zachary kyle walter harold jeremy ethan carl keith roger gerald sean arthur noah lawrence jesse ' +
  'joe bryan billy albert bruce willie gabriel alan juan wayne roy ralph randy eugene vincent ' +
  'russell louis bobby philip johnny carlos luis miguel jorge pedro diego javier ahmed mohammed ' +
  'muhammad omar wei raj amit ravi arjun ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret ' +
  'sandra ashley kimberly emily donna michelle dorothy amanda melissa deborah stephanie rebecca ' +
  'sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha ' +
  'katherine christine debra rachel carolyn janet catherine maria ruth julie olivia joyce victoria ' +
  'lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ' +
  'sara kathryn janice abigail alice judy sophia denise doris marilyn danielle beverly isabella ' +
  'theresa diana natalie brittany marie kayla lori rosa carmen lucia sofia fatima aisha priya ' +
  'pooja anjali mei ' +
  'smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez ' +
  'anderson taylor moore martin perez thompson harris sanchez clark ramirez lewis robinson ' +
  'wright torres nguyen flores adams nelson rivera campbell mitchell carter roberts patel kumar ' +
  'singh khan chen wang zhang liu shah'
).split(' ');

/** Words that end a lower-case name rather than continue it: "patient john had" stops at "john". */
const NOT_A_SURNAME = new Set(
  (
    'a an the and or but nor so yet was were is are am be been being has had have did does do who whom ' +
    'whose which that this with without to for from in on at of by as about after before during into ' +
    'over under then when while because if since until he she they we i it his her their our my your ' +
    'him them us me you its now today tonight yesterday tomorrow also still again just only already ' +
    'will would could should can may might must said says asked told came went got gets underwent ' +
    'tolerated needed wanted felt feels presented returned agreed declined refused received became ' +
    'remained recovered developed required thanked smiled cried laughed looked seemed not never ' +
    'always back home later first last well up down out'
  ).split(' '),
);

const STREET_SUFFIX_LONG =
  '(?:[Ss]treet|[Aa]venue|[Rr]oad|[Bb]oulevard|[Dd]rive|[Ll]ane|[Cc]ourt|[Pp]lace|Way|[Tt]errace|[Cc]ircle|[Pp]arkway|[Hh]ighway|[Ss]quare|Ave|Rd|Blvd|Ln|Ct|Pl|Ter|Cir|Pkwy|Hwy|Sq)';
const UNIT = '(?:Apt|Apartment|Unit|Suite|Ste)';
// "St" and "Dr" double as "Saint" and "Doctor": only a street when no capitalised name follows.
const STREET_SUFFIX_SHORT = `(?:St|Dr)(?!\\.?\\s+(?!${UNIT}\\b)[A-Z][a-z])`;

const DETECTORS: readonly Detector[] = [
  {
    kind: 'email',
    // Bounded parts keep a long run of dots and letters from making this quadratic.
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g,
  },
  {
    kind: 'ssn',
    pattern: /\b(?:SSN|SS\s?#|social security(?: number| no\.?)?)\s*[:#]?\s*\d{3}[-\s]?\d{2}[-\s]?\d{4}\b/gi,
  },
  { kind: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  {
    kind: 'mrn',
    // Record, account, encounter and imaging-study (accession) numbers all point at one patient.
    pattern:
      /\b(?:MRN|MR\s?#|medical record(?:\s+(?:number|no\.?|#))?|accession|(?:record|chart|hospital|account|acct|acc|accession|encounter|enc|visit|patient|pt)\s*(?:#|no\.?|number|num|id))\s*[:#]?\s*[A-Z]{0,3}\d[\d-]{3,}\b/gi,
  },
  // Epic's encounter (CSN) and financial (FIN) numbers; upper case only, so "fin" stays a word.
  { kind: 'mrn', pattern: /\b(?:CSN|FIN)\s*[:#]?\s*[A-Z]{0,3}\d[\d-]{3,}\b/g },
  // An unlabelled run of 7+ digits in a reflection is almost always a record or accession number.
  { kind: 'mrn', pattern: /(?<![\w.,/:-])\d{7,}(?![\w/-]|[.,]\d)/g },
  {
    kind: 'date-of-birth',
    pattern: new RegExp(
      `\\b(?:DOB|D\\.O\\.B\\.?|date of birth|birth\\s?date|born(?:\\s+on)?)\\s*[:-]?\\s*(?:${DATE_VALUE})\\b`,
      'gi',
    ),
  },
  {
    kind: 'phone',
    pattern: /(?<![\w+])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/g,
  },
  {
    kind: 'phone',
    pattern: /\b(?:tel|phone|cell|mobile|call|ph)\.?:?\s*(?:\d{3}[-.]\d{4}|\+?1?\d{10})(?!\d)/gi,
  },
  {
    kind: 'street-address',
    pattern: new RegExp(
      `\\b\\d{1,6}\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?` +
        `(?:(?:[A-Z][A-Za-z'’-]*|\\d+(?:st|nd|rd|th))\\s+){1,3}` +
        `(?:${STREET_SUFFIX_LONG}\\b\\.?|${STREET_SUFFIX_SHORT}\\b\\.?)` +
        `(?:,?\\s+(?:${UNIT}\\.?\\s*#?|#)\\s*[A-Za-z0-9-]+)?`,
      'g',
    ),
  },
  {
    kind: 'age-over-89',
    pattern: /\b(\d{2,3})(?:[\s-]?(?:years?|yrs?)(?:[\s-]?old\b|\s+of\s+age\b)|\s?(?:yo\b|y\/o\b|y\.o\.?))|\bage[ds]?(?:\s+of)?\s*:?\s*(\d{2,3})\b|\bin (?:his|her|their) (?:9\d|1[0-2]\d)s\b/gi,
    accept: (match) => {
      const age = Number(match[1] ?? match[2] ?? 100);
      return age > 89 && age < 130;
    },
  },
  {
    kind: 'age-over-89',
    pattern: /\b(?:nonagenarian|centenarian)\b/gi,
  },
  {
    kind: 'patient-name',
    pattern: new RegExp(`\\b${HONORIFIC}\\.?\\s+${SURNAME}(?:\\s+${NAME_WORD})?`, 'g'),
  },
  {
    kind: 'patient-name',
    pattern: new RegExp(
      `\\b(?:[Pp]atient|[Pp]t\\.?|PT|[Nn]amed)(?![a-z])[:,]?\\s+(${NAME_WORD})(\\s+${NAME_WORD})?`,
      'g',
    ),
    accept: (match) => !NOT_A_NAME.has(match[1] ?? ''),
    end: (match) => {
      // "patient Maria. The next sentence" must not pull "The" into the highlight.
      const secondWord = match[2];
      const end = match.index + match[0].length;
      return secondWord && NOT_A_NAME.has(secondWord.trim()) ? end - secondWord.length : end;
    },
  },
  {
    kind: 'patient-name',
    pattern: new RegExp(
      `\\b(?:[Pp]atient|[Pp]t\\.?|PT|[Nn]amed|[Mm]rs?\\.?|[Mm]s\\.?|Miss)[:,]?\\s+` +
        `(?:${LOWER_CASE_NAMES.join('|')})\\b(\\s+([a-z][a-z'’-]*[a-z]))?`,
      'g',
    ),
    end: (match) => {
      const end = match.index + match[0].length;
      const [, tail, secondWord] = match;
      return tail && secondWord && NOT_A_SURNAME.has(secondWord) ? end - tail.length : end;
    },
  },
];

export function findIdentifiers(text: string): IdentifierFinding[] {
  const candidates: IdentifierFinding[] = [];
  for (const detector of DETECTORS) {
    const pattern = new RegExp(detector.pattern.source, detector.pattern.flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (detector.accept && !detector.accept(match)) continue;
      candidates.push({
        kind: detector.kind,
        start: match.index,
        end: detector.end?.(match) ?? match.index + match[0].length,
      });
    }
  }
  return keepNonOverlapping(candidates);
}

/** Earliest first; where two overlap, the longer one wins (it carries the cue). */
function keepNonOverlapping(candidates: IdentifierFinding[]): IdentifierFinding[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentifierFinding[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}

/** "phone number" or "2 phone numbers, date of birth", in order of first appearance. */
export function listIdentifierKinds(findings: readonly IdentifierFinding[]): string {
  const counts = new Map<IdentifierKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) =>
      count === 1 ? IDENTIFIER_LABELS[kind] : `${count} ${IDENTIFIER_PLURALS[kind]}`,
    )
    .join(', ');
}

export function describeIdentifierFindings(findings: readonly IdentifierFinding[]): string {
  if (findings.length === 0) return 'Nothing here looks like patient-identifying data.';
  return `Looks like patient data: ${listIdentifierKinds(findings)}. Remove or generalise it so the entry stays de-identified.`;
}
