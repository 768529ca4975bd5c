/**
 * Spots text that looks like patient-identifying data in the applicant's own
 * notes, so the app can warn before anything identifiable is kept. It is a
 * heuristic safety net, not a de-identification guarantee: it prefers to stay
 * quiet on ordinary clinical reflection ("a 65-year-old with HCC", "Dr. Patel",
 * "5 Fr sheath") and flags the usual HIPAA identifiers.
 *
 * A finding's span covers the cue and the value ("MRN 1234567", "accession
 * 2026-001234", "pt John Smith", "patient john smith", "Name: John Smith"), so
 * the highlight shows why it was flagged. Numbers are flagged by a label or an
 * unmistakable shape only: a bare year, a date or "10 Fr" is ordinary clinical
 * text, and a birth year only when it makes the patient 90 or older ("born
 * 1931"; HIPAA lets a year stand unless it reveals an age over 89). A word
 * after "pt" that describes rather than names ("Pt Hispanic male", "pt
 * Child-Pugh B", "patient Whipple procedure", "pt Wilson disease", "pt Hep C") is not a name;
 * an age stated about the patient ("the patient was 94") is flagged. An applicant's
 * own numbers stay clean too: a number after a publication, applicant or dose
 * label ("PMID 38123456", "AAMC ID 14123456", "DAP 1234567") is never flagged,
 * nor a titled colleague ("Ms. Patel, the program coordinator") or a cohort
 * statistic ("mean age 92").
 */
import {
  AGE_UNIT,
  AGE_WORDS_OVER_89,
  APPOSED_AGE_END,
  BARE_YEARS_UNIT,
  BIRTH_CUE,
  BIRTH_YEAR,
  CAPS_WORD,
  COHORT_AFTER,
  COHORT_BEFORE,
  COLLEAGUE_APPOSITIVE,
  COUNT_LIST_AFTER,
  COUNT_LIST_BEFORE,
  CUE_TO_NAME,
  CUED_PHONE_NUMBER,
  DATE_VALUE,
  DEMOGRAPHIC_SURNAMES,
  DEMOGRAPHIC_DESCRIPTORS,
  DOCTOR_TITLE_BEFORE,
  DURATION_AFTER,
  EPONYM_AFTER,
  HONORIFIC,
  LOWER_CASE_NAMES,
  MIN_CAPS_NAME_LETTERS,
  NAME_LABEL,
  NAME_PARTICLES,
  NAME_WORD,
  NOT_A_CAPS_NAME,
  NOT_A_COLLEAGUE_WORD,
  NOT_A_NAME,
  NOT_A_SURNAME,
  NOT_PATIENT_ID,
  PATIENT_CUE,
  PATIENT_IS_AGE,
  PERSON_NAME_QUALIFIER,
  PHONE_CUE,
  RECORD_LABEL,
  RECORD_VALUE,
  SEX_COUNT_AFTER,
  SEX_COUNT_BEFORE,
  STREET_SUFFIX_LONG,
  STREET_SUFFIX_SHORT,
  SURNAME,
  TEMPERATURE_AFTER,
  TEMPERATURE_BEFORE,
  UNIT,
  US_STATE,
} from './identifier-vocabulary';


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

/** What a detector may need beyond the text: the year a birth year is measured against. */
interface DetectionContext {
  currentYear: number;
}

interface Detector {
  kind: IdentifierKind;
  pattern: RegExp;
  /** Optional second look at a match (`match.input` is the whole text), e.g. the age must really be over 89. */
  accept?: (match: RegExpExecArray, context: DetectionContext) => boolean;
  /** Where the finding starts when the match begins before the identifier, e.g. the name before an age. */
  start?: (match: RegExpExecArray) => number;
  /** Where the finding ends when the match runs past the identifier, e.g. into the next sentence. */
  end?: (match: RegExpExecArray) => number;
}

/** The text after a patient cue that names someone: "J. Smith", "John", "John Smith" (groups 1–3). */
const NAME_AFTER_CUE = `(?:\\p{Lu}(?:\\.\\s*|\\s+)(${NAME_WORD})|(${NAME_WORD})(\\s+${NAME_WORD})?)`;

/**
 * A name set off with an age, "Maria, 94, had a bleed", "Mrs Garcia, 94,": the name (groups 1–2,
 * after an optional honorific) and the age (group 3).
 */
const NAME_AND_AGE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?:${HONORIFIC}\\.?\\s+)?(${NAME_WORD})(\\s+${NAME_WORD})?,\\s*(\\d{2,3})(?=${APPOSED_AGE_END})`,
  'gu',
);

const DETECTORS: readonly Detector[] = [
  {
    kind: 'email',
    // Bounded parts keep a long run of dots and letters from making this quadratic.
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g,
  },
  {
    kind: 'ssn',
    // A labelled Social Security number: "SSN 123-45-6789", "SS# 123 45 6789".
    pattern: /\b(?:SSN|SS\s?#|social security(?: number| no\.?)?)\s*[:#]?\s*\d{3}[-\s]?\d{2}[-\s]?\d{4}\b/gi,
  },
  // The unmistakable 3-2-4 shape on its own.
  { kind: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  {
    kind: 'mrn',
    // A labelled record number: "MRN-1234567", "MRN: 123 456 7", "UHID 123456", "CR No 2024/12345".
    pattern: new RegExp(`\\b(?:${RECORD_LABEL})\\s*[:#-]?\\s*(${RECORD_VALUE})`, 'gi'),
    accept: (match) => countDigits(match[1] ?? '') >= 4,
  },
  // A bare "Acc" (accession) only with a long number, so "ACC 2026" (the cardiology meeting) stays clean.
  { kind: 'mrn', pattern: /\bacc\.?\s*[:#-]?\s*\d{6,}(?:[/-]\d+)?(?!\w)/gi },
  // Epic's encounter (CSN) and financial (FIN) numbers; upper case only, so "fin" stays a word.
  { kind: 'mrn', pattern: /\b(?:CSN|FIN)\s*[:#]?\s*[A-Z]{0,3}\d[\d-]{3,}\b/g },
  // An unlabelled run of 7+ digits in a reflection is almost always a record or accession number.
  { kind: 'mrn', pattern: /(?<![\w.,/:-])\d{7,}(?![\w/-]|[.,]\d)/g },
  {
    kind: 'date-of-birth',
    // A date after a birth cue: "DOB 3-Mar-1951", "birthday 3/4/1951", "DOB:03041951".
    pattern: new RegExp(`\\b${BIRTH_CUE}\\s*[:-]?\\s*(?:${DATE_VALUE})\\b`, 'gi'),
  },
  {
    kind: 'date-of-birth',
    // "b. 03/04/1951": the abbreviation counts only with a 19xx year, so a list item
    // "b. 03/04/2025" stays clean.
    pattern: new RegExp(`(?<![\\w.])b\\.\\s?(?:${DATE_VALUE})\\b`, 'gi'),
    accept: (match) => /(?<!\d)19\d\d(?!\d)/.test(match[0]),
  },
  {
    kind: 'age-over-89',
    // A birth year alone is fine, unless it makes the patient 90 or older: "born 1931".
    pattern: new RegExp(BIRTH_YEAR, 'gi'),
    accept: (match, { currentYear }) => isOver89(currentYear - Number(match[1])),
  },
  {
    kind: 'phone',
    // North American numbers: "(555) 123-4567", "555-123-4567", "+1 555 123 4567".
    pattern: /(?<![\w+])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/g,
  },
  {
    kind: 'phone',
    // A number after a phone word: "tel: 555-0142", "Phone: 555 0142", "Phone: 5550142", "cell 2125551234".
    pattern: new RegExp(`\\b${PHONE_CUE}\\.?\\s*[:#]?\\s*${CUED_PHONE_NUMBER}`, 'gi'),
  },
  {
    kind: 'phone',
    // International numbers: "+44 20 7946 0958", "+44 (0)20 7946 0958", "+91-9876543210".
    pattern: /(?<![\w+])\+[1-9]\d{0,2}(?:[ .-]?\(0\))?[ .-]?\d{1,12}(?:[ .-]\d{2,5}){0,4}(?!\d)/g,
    // E.164 numbers have 8 to 15 digits; fewer is a score or a count ("+2 edema").
    accept: (match) => countDigits(match[0]) >= 8 && countDigits(match[0]) <= 15,
  },
  {
    kind: 'street-address',
    // A house number, up to three name words and a street suffix: "1234 Elm Street", "55 W. Main St Apt 4".
    pattern: new RegExp(
      `\\b\\d{1,6}\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?` +
        `(?:(?:[A-Z][A-Za-z'’-]*|\\d+(?:st|nd|rd|th))\\s+){1,3}` +
        `(?:${STREET_SUFFIX_LONG}\\b\\.?|${STREET_SUFFIX_SHORT}\\b\\.?)` +
        `(?:,?\\s+(?:${UNIT}\\.?\\s*#?|#)\\s*[A-Za-z0-9-]+)?`,
      'g',
    ),
  },
  {
    kind: 'street-address',
    // A city, a comma, a state code and a ZIP code: "Boston, MA 02115". The comma keeps
    // "Student ID 12345" and "Logged IN 12345" clean.
    pattern: new RegExp(
      `(?<!\\p{L})\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2},\\s*${US_STATE}\\s+\\d{5}(?:-\\d{4})?(?!\\d)`,
      'gu',
    ),
  },
  {
    kind: 'age-over-89',
    // A number with an age unit: "92-year-old", "93 yo", "101 y/o", "92 yrs", "92y".
    pattern: new RegExp(`(?<![\\p{L}\\d.,])(\\d{2,3})${AGE_UNIT}(?![\\p{L}\\d])`, 'gu'),
    accept: (match) => isOver89(match[1]) && !isCohortStatistic(match) && !isDuration(match),
  },
  {
    kind: 'age-over-89',
    // A number after "age": "age 95", "Age: 94 years", "age 92yrs".
    pattern: new RegExp(
      `\\b(?:[Aa]ged?|AGED?)(?:\\s+of)?\\s*:?\\s*(\\d{2,3})(?:${AGE_UNIT}|\\s+[Yy]ears?)?(?![\\p{L}\\d])`,
      'gu',
    ),
    accept: (match) => isOver89(match[1]) && !isCohortStatistic(match),
  },
  {
    kind: 'age-over-89',
    // Age-and-sex shorthand: "92M", "92 F"; upper case only, so "92 m" stays a length and "92 Fr" a size.
    pattern: /(?<![\p{L}\d.,$])(\d{2,3}) ?[MF](?![\p{L}\d/])/gu,
    accept: (match) =>
      isOver89(match[1]) && !isCohortStatistic(match) && !looksLikeTemperature(match) && !isSexCount(match),
  },
  {
    kind: 'age-over-89',
    // Spelled out with a unit: "ninety-two-year-old", "ninety year old", "a hundred years of age".
    pattern: new RegExp(`\\b${AGE_WORDS_OVER_89}[\\s-]years?(?:[\\s-]old|\\s+of\\s+age)\\b`, 'gi'),
    accept: (match) => !isCohortStatistic(match),
  },
  {
    kind: 'age-over-89',
    // Spelled out after "age": "age ninety-four", "aged one hundred".
    pattern: new RegExp(`\\baged?(?:\\s+of)?\\s*:?\\s*${AGE_WORDS_OVER_89}\\b`, 'gi'),
    accept: (match) => !isCohortStatistic(match),
  },
  {
    kind: 'age-over-89',
    // An age stated about the patient: "the patient was 94", "pt is 96 and frail".
    pattern: new RegExp(PATIENT_IS_AGE, 'gu'),
    accept: (match) => isOver89(match[1]) && !isCohortStatistic(match),
  },
  {
    kind: 'age-over-89',
    // The age in "Maria, 94, had a bleed"; the name is flagged on its own below.
    pattern: NAME_AND_AGE,
    accept: (match) => isNamedAgeOver89(match),
    start: (match) => match.index + match[0].length - (match[3] ?? '').length,
  },
  // A decade of life: "in her 90s".
  { kind: 'age-over-89', pattern: /\bin (?:his|her|their) (?:9\d|1[0-2]\d)s\b/gi },
  // The words themselves: "a nonagenarian", "a centenarian".
  { kind: 'age-over-89', pattern: /\b(?:nonagenarian|centenarian)\b/gi },
  {
    kind: 'patient-name',
    // An honorific and a surname: "Mrs. Garcia", "Mr. O'Neil", "Mrs. Ødegaard"; not a colleague.
    pattern: new RegExp(`\\b${HONORIFIC}\\.?\\s+${SURNAME}(\\s+${NAME_WORD})?`, 'gu'),
    accept: (match) => !isColleagueIntroduction(match),
    end: (match) => endBeforeNonName(match, undefined, match[1]),
  },
  {
    kind: 'patient-name',
    // Honorifics in capitals, "MR. SMITH": only with the dot and a surname in capitals, so
    // "MR ANGIOGRAPHY" and "an MR. The lesion" stay clean.
    pattern: new RegExp(`\\b(?:MRS?|MS|MX)\\.\\s+(${CAPS_WORD})(?!\\p{L})(\\s+${CAPS_WORD}(?!\\p{L}))?`, 'gu'),
    accept: (match) => isNameWord(match[1] ?? '') && !isColleagueIntroduction(match),
    end: (match) => endBeforeNonName(match, match[1], match[2]),
  },
  {
    kind: 'patient-name',
    // A patient word and a name: "pt John Smith", "pt J. Smith", "pt SMITH", "the patient (Maria Lopez)".
    pattern: new RegExp(`\\b${PATIENT_CUE}(?!\\p{L})${CUE_TO_NAME}${NAME_AFTER_CUE}`, 'gu'),
    accept: (match) => isNameAfterCue(match),
    // "patient Maria. The next sentence" must not pull "The" into the highlight.
    end: (match) => endBeforeNonName(match, match[2], match[3]),
  },
  {
    kind: 'patient-name',
    // A bare name label: "Name: John Smith"; not "Program name: Johns Hopkins", nor a colleague
    // ("Name: Anita Patel, fellow"), nor a doctor ("Name: Dr. Patel", as "Dr. Patel" never is).
    pattern: new RegExp(`(?<!\\p{L})${NAME_LABEL}\\s*${NAME_AFTER_CUE}`, 'gu'),
    accept: (match) => labelsAPerson(match) && isNameAfterCue(match) && !isColleagueIntroduction(match),
    end: (match) => endBeforeNonName(match, match[2], match[3]),
  },
  {
    kind: 'patient-name',
    // The name in "Maria, 94, had a bleed", flagged only with an age over 89 beside it.
    pattern: NAME_AND_AGE,
    accept: (match) => isNamedAgeOver89(match),
    start: (match) => apposedName(match)?.start ?? match.index,
    end: (match) => apposedName(match)?.end ?? match.index,
  },
  {
    kind: 'patient-name',
    // A listed name in lower case after a patient word, an honorific or "name:": "patient john smith".
    pattern: new RegExp(
      `(?:\\b(?:[Pp]atient|[Pp]t\\.?|[Nn]amed|[Mm]rs?\\.?|[Mm]s\\.?|Miss)${CUE_TO_NAME}|(?<!\\p{L})${NAME_LABEL}\\s*)` +
        `(?:${LOWER_CASE_NAMES.join('|')})(?!\\p{L})(\\s+(\\p{Ll}[\\p{Ll}'’-]*\\p{Ll})(?!\\p{L}))?`,
      'gu',
    ),
    accept: (match) => !isColleagueIntroduction(match) && (!/^(?:sur)?name\s*:/i.test(match[0]) || labelsAPerson(match)),
    end: (match) => {
      const end = match.index + match[0].length;
      const [, tail, secondWord] = match;
      return tail && secondWord && NOT_A_SURNAME.has(secondWord) ? end - tail.length : end;
    },
  },
];

/**
 * `currentYear` dates a bare birth year ("born 1931"); it defaults to the clock's year, and
 * tests pass one in.
 */
export function findIdentifiers(text: string, currentYear: number = new Date().getFullYear()): IdentifierFinding[] {
  const context: DetectionContext = { currentYear };
  const candidates: IdentifierFinding[] = [];
  for (const detector of DETECTORS) {
    const { pattern } = detector;
    // The patterns are global and shared: rewinding is cheaper than compiling a copy per call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (detector.accept && !detector.accept(match, context)) continue;
      candidates.push({
        kind: detector.kind,
        start: detector.start?.(match) ?? match.index,
        end: detector.end?.(match) ?? match.index + match[0].length,
      });
    }
  }
  const exempt = nonPatientIdSpans(text);
  return keepNonOverlapping(candidates.filter((finding) => !exempt.some((span) => contains(span, finding))));
}

interface Span {
  start: number;
  end: number;
}

/** Where a publication, applicant or dose number sits ("PMID 38123456"), so nothing inside it is flagged. */
function nonPatientIdSpans(text: string): Span[] {
  return [...text.matchAll(NOT_PATIENT_ID)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function countDigits(text: string): number {
  let digits = 0;
  for (const char of text) if (char >= '0' && char <= '9') digits += 1;
  return digits;
}

function isOver89(age: string | number | undefined): boolean {
  const years = Number(age);
  return years > 89 && years < 130;
}

/** Tests the few characters before a match (anchor the pattern with $). */
function precededBy(match: RegExpExecArray, pattern: RegExp): boolean {
  return pattern.test(match.input.slice(Math.max(0, match.index - 40), match.index));
}

/** Tests the few characters after a match (anchor the pattern with ^). */
function followedBy(match: RegExpExecArray, pattern: RegExp): boolean {
  const end = match.index + match[0].length;
  return pattern.test(match.input.slice(end, end + 40));
}

/** "mean age 92", "ages 90-100", "aged 90+": a statistic about a group, not one patient's age. */
function isCohortStatistic(match: RegExpExecArray): boolean {
  return precededBy(match, COHORT_BEFORE) || followedBy(match, COHORT_AFTER);
}

/** "100 yrs of service": a bare "yrs" or "y" followed by duration words. */
function isDuration(match: RegExpExecArray): boolean {
  return BARE_YEARS_UNIT.test(match[0]) && followedBy(match, DURATION_AFTER);
}

/** "100 F and 120 M patients": how many women and men, not one patient. */
function isSexCount(match: RegExpExecArray): boolean {
  return followedBy(match, SEX_COUNT_AFTER) || precededBy(match, SEX_COUNT_BEFORE);
}

function looksLikeTemperature(match: RegExpExecArray): boolean {
  return precededBy(match, TEMPERATURE_BEFORE) || followedBy(match, TEMPERATURE_AFTER);
}

/** "Mr. Chen, my research mentor": a titled name followed by a colleague's role. */
function isColleagueIntroduction(match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const appositive = COLLEAGUE_APPOSITIVE.exec(match.input.slice(end, end + 80));
  return appositive !== null && !NOT_A_COLLEAGUE_WORD.test(appositive[0]);
}

/**
 * The first word after a patient cue (group 1 after an initial, else group 2) is a name: not
 * "Hispanic", "Child-Pugh" or "Whipple", not "Murphy's sign" or "Wilson disease", not "White" in
 * "Pt White male"; a particle ("Von") only with a name after it ("pt Von Trapp", not "pt Von Willebrand").
 */
function isNameAfterCue(match: RegExpExecArray): boolean {
  const [, afterInitial, first, tail] = match;
  const word = afterInitial ?? first ?? '';
  if (!isNameWord(word) || followedBy(match, EPONYM_AFTER)) return false;
  if (first && NAME_PARTICLES.has(first.toLowerCase()) && !(tail && isNameWord(tail.trim()))) return false;
  return !(first && DEMOGRAPHIC_SURNAMES.has(first.toLowerCase()) && DEMOGRAPHIC_DESCRIPTORS.has(wordAfter(match, tail)));
}

/** The word after the first name: the captured second word, or the next word of the text ("male" in "Pt White male"). */
function wordAfter(match: RegExpExecArray, tail: string | undefined): string {
  if (tail) return tail.trim().toLowerCase();
  const end = match.index + match[0].length;
  return (/^[\s-]+(\p{L}+)/u.exec(match.input.slice(end, end + 40))?.[1] ?? '').toLowerCase();
}

/** "Name:" is a person's name at the start of a line or after "Patient", "Full" and the like; not "Program name:". */
function labelsAPerson(match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - 40), match.index);
  const qualifier = /([\p{L}\p{N}'’]+)[ \t]*$/u.exec(before)?.[1];
  return qualifier === undefined || PERSON_NAME_QUALIFIER.test(qualifier);
}

/**
 * "Maria, 94,": a name, then an age over 89; not one entry of a list of counts ("Emory, 120,
 * Duke, 110"), nor a doctor ("Dr. Lee, 92, retired", as "Dr. Lee" alone never is).
 */
function isNamedAgeOver89(match: RegExpExecArray): boolean {
  const name = apposedName(match);
  return (
    isOver89(match[3]) &&
    name !== null &&
    !DOCTOR_TITLE_BEFORE.test(match.input.slice(Math.max(0, name.start - 40), name.start)) &&
    !isCohortStatistic(match) &&
    !precededBy(match, COUNT_LIST_BEFORE) &&
    !followedBy(match, COUNT_LIST_AFTER)
  );
}

/**
 * The name in "Maria Lopez, 94,", "Mrs Garcia, 94," or "Today Maria, 94,": both words when both
 * are names, else the word before the comma; null when that is no name ("In March, 94").
 */
function apposedName(match: RegExpExecArray): Span | null {
  const [, first = '', tail] = match;
  const end = match.index + match[0].indexOf(',');
  if (!tail) return isNameWord(first) ? { start: match.index, end } : null;
  if (!isNameWord(tail.trim())) return null;
  return isNameWord(first) ? { start: match.index, end } : { start: end - tail.trim().length, end };
}

/** A word after a patient cue or an honorific that can be a name: not "The", not "NPO", not "TIPS". */
function isNameWord(word: string, minCapsLetters = MIN_CAPS_NAME_LETTERS): boolean {
  if (word === '' || NOT_A_NAME.has(word.toLowerCase())) return false;
  if (!isInCapitals(word)) return true;
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  return letters >= minCapsLetters && !NOT_A_CAPS_NAME.has(word);
}

function isInCapitals(word: string): boolean {
  return word === word.toUpperCase();
}

/** Ends the finding before a trailing word that is not a name: "pt John CT showed" → "pt John". */
function endBeforeNonName(match: RegExpExecArray, first: string | undefined, tail: string | undefined): number {
  const end = match.index + match[0].length;
  if (!tail) return end;
  // After a first name in capitals, a short surname in capitals still counts: "PATIENT JOHN LEE".
  const minCapsLetters = first && isInCapitals(first) ? 2 : MIN_CAPS_NAME_LETTERS;
  return isNameWord(tail.trim(), minCapsLetters) ? end : end - tail.length;
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
