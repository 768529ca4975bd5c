/**
 * The words and pattern pieces the patient-identifier detectors in find-identifiers.ts are
 * built from: labels, date and address shapes, age units, name shapes and the exceptions.
 */
// Patterns that use \p{…} carry the u flag. \b stays ASCII-only under u, so name words end
// with (?!\p{L}) instead, which keeps "José" from stopping at "Jos".

// ---- Record numbers -------------------------------------------------------------------------

/** Labels that always name one patient's record, account, encounter or imaging-study number. */
export const RECORD_LABEL = [
  'MRN',
  'MR\\s?#',
  'UHID', // Indian hospitals' unique health ID
  'med(?:ical)?\\.?\\s+rec(?:ord)?\\.?(?:\\s+(?:number|no\\.?|#))?', // "medical record", "Med rec"
  'accession',
  // "IP/OP no." are in- and outpatient numbers, "CR No" a central registration number.
  '(?:record|chart|hospital|account|acct|acc|accession|encounter|enc|visit|patient|pt|IP|OP|OPD|CR)' +
    '\\s*(?:#|no\\.?|number|num|id)',
].join('|');

/** "123 456 7" (short groups), or "1234567", "A-12345", "2024/12345", "20250311-0012". */
export const RECORD_VALUE = '\\d{1,4}(?: \\d{1,4}){1,4}(?!\\w)|(?:[A-Z]{1,3}-?)?\\d+(?:[/-]\\d+){0,3}(?!\\w)';

/**
 * Labels whose number names a paper, an applicant or a radiation dose, never a patient: "PMID
 * 38123456", "AAMC ID 14123456", "DAP 1234567 mGy·cm2". Findings inside the value are dropped.
 */
export const NOT_PATIENT_ID = new RegExp(
  '\\b(?:PMID|PMCID|PubMed(?:\\s+ID)?|DOI|ISBN(?:-1[03])?|ISSN|ORCID|NCT|' +
    '(?:AAMC|NRMP|ERAS|ECFMG|USMLE|NBME|NPI)(?:\\s+(?:ID|number|no\\.?|#))?|DAP|DLP|KAP|CTDI(?:vol)?)' +
    '\\s*[:#]?\\s*[^\\s,;]+',
  'gi',
);

// ---- Dates of birth -------------------------------------------------------------------------

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
export const DATE_VALUE = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  `${MONTH}\\s+${DAY},?\\s+\\d{4}`,
  `${DAY}\\s+${MONTH},?\\s+\\d{4}`,
  `\\d{1,2}[/-]${MONTH}[/-]\\d{2,4}`, // 3-Mar-1951
  '\\d{8}|\\d{6}', // 03041951, 030451: only ever read after a birth cue
].join('|');
export const BIRTH_CUE = '(?:DOB|D\\.O\\.B\\.?|date of birth|birth\\s?date|birthday|born(?:\\s+on)?)';
/**
 * A birth year on its own: "born 1931", "born in 1931", "birth year 1930", "YOB: 1930". The year
 * (group 1) is kept only when it makes the patient 90 or older; "born in the 1990s" is a decade.
 */
export const BIRTH_YEAR =
  "\\b(?:born(?:\\s+in)?|birth\\s?year|year\\s+of\\s+birth|YOB|DOB|D\\.O\\.B\\.?)\\s*[:-]?\\s*((?:18|19|20)\\d\\d)(?!\\w|['’]s|[/.-]\\d)";

// ---- Phone numbers and places ---------------------------------------------------------------

/** Two-letter codes of the US states, DC and Puerto Rico, for "Boston, MA 02115". */
export const US_STATE =
  '(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])';

export const STREET_SUFFIX_LONG =
  '(?:[Ss]treet|[Aa]venue|[Rr]oad|[Bb]oulevard|[Dd]rive|[Ll]ane|[Cc]ourt|[Pp]lace|Way|[Tt]errace|[Cc]ircle|[Pp]arkway|[Hh]ighway|[Ss]quare|Ave|Rd|Blvd|Ln|Ct|Pl|Ter|Cir|Pkwy|Hwy|Sq)';
export const UNIT = '(?:Apt|Apartment|Unit|Suite|Ste)';
// "St" and "Dr" double as "Saint" and "Doctor": only a street when no capitalised name follows.
export const STREET_SUFFIX_SHORT = `(?:St|Dr)(?!\\.?\\s+(?!${UNIT}\\b)[A-Z][a-z])`;

/** A word that labels a phone number: "tel:", "Phone #", "phone number", "cell", "mobile". */
export const PHONE_CUE = '(?:tel(?:ephone)?|phone|cell|mobile|call|ph)(?:\\s*(?:no\\.?|number|#))?';
/** The number after a phone word: "555-0142", "555 0142", "5550142", "2125551234", "+12125551234". */
export const CUED_PHONE_NUMBER = '(?:\\d{3}[-. ]?\\d{4}|\\+?1?\\d{10})(?!\\d)';

// ---- Ages -----------------------------------------------------------------------------------

/**
 * What makes a number an age: "-year-old", " years of age", " yo", " y/o", " y.o.", " yrs", "y".
 * A bare "years" is a duration ("100 years of IR"), so it is not on the list.
 */
export const AGE_UNIT = `(?:${[
  '[\\s-]?(?:[Yy]ears?|[Yy]rs?|YRS?)[\\s-]?old',
  '\\s+(?:[Yy]ears?|[Yy]rs?)\\s+of\\s+age',
  '\\s?(?:yo|YO|y\\/o|y\\.o\\.?)',
  '[\\s-]?(?:yrs?|YRS?|y)',
].join('|')})`;

/**
 * What before an age makes it a group statistic: "mean age 92", "median age of 91" a few words
 * back, or right before it a range ("90-") or a threshold ("older than 90", "> 90").
 */
export const COHORT_BEFORE = new RegExp(
  '\\b(?:mean|median|average|avg|ages|cohort|IQR|range)\\b[^.;!?\\n]{0,24}$|' +
    '(?:\\d\\s*(?:[-–—]|to)|\\b(?:over|above|under|older than|younger than|at least)|[<>≤≥])\\s*$',
  'i',
);
/** What after an age makes it a range or threshold: "90-100", "90 to 100", "90+", "90 and older". */
export const COHORT_AFTER = /^\s*(?:[-–—]\s*\d|to\s+\d|\+|±|(?:and|or)\s+(?:older|over|above|more))/i;
const DIGIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** An age over 89 in words: "ninety", "ninety-four", "a hundred", "one hundred and two". */
export const AGE_WORDS_OVER_89 = `(?:ninety(?:[\\s-]${DIGIT_WORD})?|(?:a|one)[\\s-]hundred(?:(?:\\s+and)?[\\s-]${DIGIT_WORD})?)`;
/**
 * What ends an age set off by commas after a name, "Maria, 94, had a bleed": punctuation, the end
 * of the text or a verb. "Smith, 95 patients" is a count, so a noun does not.
 */
export const APPOSED_AGE_END =
  '\\s*(?:[,;:)!?]|\\.(?!\\d)|$)|\\s+(?:and|had|has|was|is|with|who|presented|came|underwent|needed|went|got|for|from)(?!\\p{L})';
/**
 * An age stated about the patient: "the patient was 94", "pt is 96 and frail", "patient is now
 * 101." (the age is group 1). It must end like an age, so "pt was 94 kg" stays clean.
 */
export const PATIENT_IS_AGE =
  `\\b(?:[Pp]atient|PATIENT|[Pp]t\\.?)\\s+(?:is|was|turned|turns)(?:\\s+now)?\\s+(\\d{2,3})(?=${APPOSED_AGE_END})`;
/** A doctor's title right before a name, "Dr. Lee, 92,": a colleague's age, never a patient's. */
export const DOCTOR_TITLE_BEFORE = /\b(?:Dr|Drs|Doctor|Prof|Professor)\.?\s+$/i;
/** A list of counts rather than one patient: "Emory, 120, Duke, 110", "Duke, 110, and Emory, 95". */
export const COUNT_LIST_BEFORE = /\d\s*[,;]\s*(?:and\s+)?$/;
export const COUNT_LIST_AFTER = /^\s*[,;]\s*(?:and\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s*\d/u;
/** A bare "yrs" or "y" unit, which can also be a duration. */
export const BARE_YEARS_UNIT = /(?:yrs?|YRS?|y)$/;
/** What after a bare "100 yrs" makes it a duration: "100 yrs of service", "92 yrs ago". */
export const DURATION_AFTER = /^\s+(?:of\s+(?!age\b)|ago\b|later\b|earlier\b|since\b|prior\b)/i;
/** A sex breakdown rather than one patient: "100 F and 120 M", "120 M patients". */
export const SEX_COUNT_AFTER = /^\s*(?:patients|pts|subjects|participants|cases|men|women|(?:and|&|vs\.?|,)\s*\d)/i;
export const SEX_COUNT_BEFORE = /\d\s?[MF]\s*(?:and|&|vs\.?|,)\s*$/;

/** "Temp 101 F", "spiked to 102 F", "a 101 F fever": a temperature, not an age and sex. */
export const TEMPERATURE_BEFORE = /\b(?:[Tt]emp(?:erature)?|T\s?max|[Ff]ebrile|[Ff]ever|[Ss]piked|T)\b[^.;!?\n]{0,12}$/;
export const TEMPERATURE_AFTER = /^\s*(?:[Ff]ever|[Ff]ebrile|[Tt]emp)/;

// ---- Names ----------------------------------------------------------------------------------

export const HONORIFIC = '(?:Mr|Mrs|Ms|Miss|Mx)';
// A surname after an honorific, loose on purpose ("Mr. O'Neil", "Mrs. Şahin", "Ms. SMITH").
export const SURNAME = "\\p{Lu}\\p{L}*(?:['’]\\p{Lu}\\p{L}+)?(?:-\\p{Lu}\\p{L}+)?";
// A capitalised name word: "Smith", "José", "McDonald", "O'Neil", "Smith-Jones"; not "AFib".
const TITLE_CASE_WORD = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
// A name word in capitals: "SMITH", "O'NEIL", "SMITH-JONES".
export const CAPS_WORD = "(?:\\p{Lu}['’])?\\p{Lu}{2,}(?:-\\p{Lu}{2,})?";
export const NAME_WORD = `(?:${TITLE_CASE_WORD}|${CAPS_WORD})(?!\\p{L})`;
// "patient", "patient name", "pt", "pt.", "named"; an all-caps "PT" is the physical therapist, so it is left out.
export const PATIENT_CUE = '(?:[Pp]atient(?:\\s+[Nn]ame)?|PATIENT(?:\\s+NAME)?|[Nn]amed|NAMED|[Pp]t\\.?)';

/** What sits between a patient word and the name: "pt John", "Patient: John", "the patient (Maria Lopez)". */
export const CUE_TO_NAME = '(?:[:,]?\\s+|\\s*\\(\\s*)';
/** A bare name label, "Name:" or "Surname:"; whose name it is depends on the word before it. */
export const NAME_LABEL = '(?:[Nn]ame|NAME|[Ss]urname|SURNAME)\\s*:';
/**
 * Words before "Name:" that make it a person's name ("Full name:", "Mother's name:"). Any other
 * word names something else ("Program name:", "Drug name:"); no word at all ("Name: John
 * Smith" at the start of a line) counts as a person.
 */
export const PERSON_NAME_QUALIFIER =
  /^(?:patient|pt|full|legal|first|last|given|family|maiden|middle|his|her|their|mother|father|son|daughter|wife|husband|partner|spouse|sister|brother)(?:['’]s)?$/i;

/** Words of ethnicity, sex and language: "Pt Hispanic male, Spanish-speaking", "pt Caucasian". */
const DEMOGRAPHIC_WORDS =
  'Hispanic Latino Latina Latinx Caucasian Asian African African-American Afro-Caribbean Caribbean ' +
  'American Native Indigenous Aboriginal Arab Arabic Middle-Eastern Pacific Islander Alaskan ' +
  'European Chinese Japanese Korean Vietnamese Filipino Filipina Indian Pakistani Bangladeshi Mexican ' +
  'Cuban Dominican Puerto Haitian Jamaican Nigerian Somali Ethiopian Russian Ukrainian Polish Italian ' +
  'German Greek Turkish Persian Iranian Jewish Muslim Hindu Sikh ' +
  'Male Female Man Woman Gentleman Lady Boy Girl Child Infant Adult Elderly Transgender Trans Nonbinary ' +
  'Spanish Mandarin Cantonese Hindi Urdu Bengali Punjabi ' +
  'Tagalog Portuguese Creole Farsi Amharic Swahili Nepali Tamil Telugu Gujarati Yiddish Hebrew ASL ' +
  'Speaking Interpreter'; // "Speaking" ends "English-speaking", after an ambiguous "English"

/** Clinical scores and classifications: "pt Child-Pugh B", "Patient Wells score 4". */
const SCORE_WORDS =
  'Child-Pugh Child Pugh MELD MELD-Na Wells Glasgow Glasgow-Blatchford Blatchford Rockall GCS ' +
  'Rutherford Fontaine BCLC Barcelona Okuda ECOG Karnofsky Mallampati ASA NYHA Caprini Padua ' +
  'Geneva PESI Ranson Bismuth Bismuth-Corlette Couinaud Clavien Clavien-Dindo Bosniak Gleason Apgar ' +
  'Braden Charlson Hunt-Hess Spetzler-Martin Stanford DeBakey Hinchey TASC Villalta CEAP Bethesda ' +
  'Lugano Breslow Hounsfield Barthel Rankin NIHSS Kellgren Meyerding Genant Modic Pfirrmann Sadick ' +
  'Seldinger Salter-Harris Schatzker Gustilo Lauge-Hansen Sengstaken Siewert Todani';

/**
 * Eponymous procedures, syndromes, signs and devices common in IR: "patient Whipple procedure".
 * A name word stops at a lower-case hyphen part, so "Port" stands for "Port-a-Cath" and "Roux"
 * for "Roux-en-Y".
 */
const EPONYM_WORDS =
  'Whipple Budd-Chiari Budd Chiari May-Thurner Thurner Paget-Schroetter Paget Schroetter Nutcracker ' +
  'Cockett Leriche Klippel-Trenaunay Klippel Parkes-Weber Kasabach-Merritt ' +
  'Osler-Weber-Rendu Osler Rendu Takayasu Behçet Behcet Ehlers-Danlos Marfan Loeys-Dietz ' +
  'Raynaud Buerger Cushing Crohn Hashimoto Mallory-Weiss Kussmaul Trousseau Courvoisier Virchow ' +
  'Valsalva Trendelenburg Foley Hickman Port Portacath Groshong Tenckhoff Broviac Quinton ' +
  'Mahurkar Denver Amplatz Amplatzer Chiba Malecot Dawson-Mueller Wallstent Viatorr ' +
  'Fogarty Swan-Ganz Roux Billroth Kasai Puestow Nissen Sugiura Fontan ' +
  'Osler-Weber Willebrand Leiden Moyamoya Kaposi Klatskin Wilms Alzheimer Meckel Hirschsprung Kawasaki ' +
  'Sjogren Sjögren Zenker Boerhaave';

/** Capitalised words (compared in lower case) that follow "patient" or "pt." but are not names. */
export const NOT_A_NAME = new Set(
  (
    'I Dr Doctor Mr Mrs Ms Miss Mx He She They We It You The This That These Those His Her Their Our My A An ' +
    'After Before During Then When While And But So Was Had Is Has Did Who With Without ' +
    'However Overall Total Table Figure Step Score Grade Stage Type Level Class Group Room Bed ' +
    'In On At By For From To Of As Also Today Yesterday Tonight Tomorrow Later Now Here There Once ' +
    'Name Surname Patient Patients Pts Controls Cases Subjects Participants Women Men Males Females ' +
    'Saw Seen Met Consented Treated Examined Admitted Discharged Called Asked Told Helped Reassured ' +
    'Visited Followed Scrubbed Observed Reviewed Discussed Explained Sedated Embolized Drained ' +
    'Safety Care Education Experience Advocate Advocacy Centered Outcomes Portal Satisfaction ' +
    'Navigator Services Selection Consent History Information Positioning Preparation Transport ' +
    // Hepatitis, insurers, faiths and regions: "pt Hep C", "pt Medicare", "pt Jehovah Witness".
    'Hep Hepatitis Medicare Medicaid Medi-Cal Tricare Insurance Uninsured Jehovah Catholic Buddhist Mormon ' +
    'Eastern Western Southern Northern Central ' +
    // The first word of a gene variant or disease name: "pt Factor V Leiden".
    'Factor ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday ' +
    'Sunday January February March April May June July August September October November December ' +
    `${DEMOGRAPHIC_WORDS} ${SCORE_WORDS} ${EPONYM_WORDS}`
  )
    .toLowerCase()
    .split(/\s+/),
);

/**
 * Surnames that are also words of ethnicity or language: a name on their own ("pt White"), a
 * description before a demographic word ("Pt White male", "pt Black Hispanic").
 */
export const DEMOGRAPHIC_SURNAMES = new Set(['white', 'black', 'brown', 'young', 'english', 'french']);
/** The words (in lower case) after which such a surname describes: "male", "hispanic", "M". */
export const DEMOGRAPHIC_DESCRIPTORS = new Set(DEMOGRAPHIC_WORDS.toLowerCase().split(' ').concat(['m', 'f']));

/**
 * What after a capitalised word makes it an eponym rather than a name: "pt Murphy's sign",
 * "patient Fisher grade 3", "pt Glasgow Coma Scale 14". Only words no note would put after a
 * patient's surname: "pt Smith's procedure" stays a name.
 */
export const EPONYM_AFTER = new RegExp(
  "^(?:['’]s)?\\s+(?:signs?|syndromes?|triad|phenomenon|maneuver|manoeuvre|diseases?|tumou?rs?|sarcomas?|" +
    'lymphomas?|cysts?|palsy|neuromas?|dementia|foot|feet|anomaly|anomalies|malformations?|fractures?|' +
    'aneurysms?|ulcers?|o?esophagus|hernias?|diverticulum|nodes?|thyroiditis|arteritis|encephalopathy)\\b|' +
    '^\\s+(?:score|scale|grade|class|classification|criteria|type|stage)\\b',
  'i',
);

/**
 * Surname particles, "pt Von Trapp": a name only with a name after them, so "pt Von Willebrand"
 * (a disease) stays clean.
 */
export const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la']);

/**
 * Words in capitals that follow "pt", "PATIENT" or "MR." but are not names: clinical and
 * record acronyms. Capitals shorter than four letters never count as a name ("pt NPO", "MS. ICU").
 */
export const NOT_A_CAPS_NAME = new Set(
  (
    'TIPS TACE TARE SIRT PICC EVAR TEVAR BRTO PTBD PCNL ERCP ESRD COPD CABG ECMO CPAP BIPAP DNAR ' +
    'NSAID NSAIDS HIPAA NYHA ECOG MELD AFIB UHID NOTE INFO DATA NAME ' +
    // Short ones matter only as a second word after a name in capitals: "MR. SMITH NPO".
    'CT CTA MRI MRA PET US IR ED ER OR ICU NPO DNR DNI HCC MRN DOB'
  ).split(' '),
);
export const MIN_CAPS_NAME_LETTERS = 4;

/**
 * Lower-case names typed straight after "patient", "pt", "Mr" and the like ("patient john
 * smith"). Any lower-case word can follow "patient" ("patient was stable"), so only names on
 * this list count. Names that are also words or eponyms (will, mark, rose, ana, allen,
 * jackson, kelly, wilson) are left off on purpose: "pt allen test normal" is clinical text.
 */
export const LOWER_CASE_NAMES = (
  'john james robert michael william david richard joseph thomas charles christopher daniel matthew ' +
  'anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason ' +
  'jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel ' +
  'gregory raymond alexander patrick dennis jerry tyler aaron jose josé henry adam douglas nathan peter ' +
  'zachary kyle walter harold jeremy ethan carl keith roger gerald sean arthur noah lawrence jesse ' +
  'joe bryan billy albert bruce willie gabriel alan juan wayne roy ralph randy eugene vincent ' +
  'russell louis bobby philip johnny carlos luis miguel jorge pedro diego javier ahmed mohammed ' +
  'muhammad omar wei raj amit ravi arjun ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret ' +
  'sandra ashley kimberly emily donna michelle dorothy amanda melissa deborah stephanie rebecca ' +
  'sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha ' +
  'katherine christine debra rachel carolyn janet catherine maria maría ruth julie olivia joyce victoria ' +
  'lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ' +
  'sara kathryn janice abigail alice judy sophia denise doris marilyn danielle beverly isabella ' +
  'theresa diana natalie brittany marie kayla lori rosa carmen lucia sofia fatima aisha priya ' +
  'pooja anjali mei jane joanne anne ann kate katie ellen frances harriet tom jim jimmy mike dave steve ' +
  'smith johnson williams jones garcia garcía miller davis rodriguez rodríguez martinez martínez ' +
  'hernandez hernández lopez lópez gonzalez gonzález anderson taylor moore martin perez pérez thompson ' +
  'harris sanchez sánchez clark ramirez ramírez lewis robinson ' +
  'wright torres nguyen flores adams nelson rivera campbell mitchell carter roberts patel kumar ' +
  'singh khan chen wang zhang liu shah'
).split(' ');

/** Words that end a lower-case name rather than continue it: "patient john had" stops at "john". */
export const NOT_A_SURNAME = new Set(
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

/** Roles that mark a titled name as a colleague: "Ms. Patel, the program coordinator". */
const COLLEAGUE_ROLE =
  '(?:mentor|attending|consultant|coordinator|fellow|resident(?!\\s+of\\b)|radiologist|interventionalist|' +
  'surgeon|physician|doctor|professor|lecturer|instructor|PI|director|chief|chair(?:man|woman|person)?|' +
  'dean|supervisor|advisor|adviser|preceptor|registrar|intern|student|nurse|navigator|practitioner|' +
  'technologist|tech|sonographer|pharmacist|therapist|PA|NP|RN|MD|PhD|scientist|researcher|physicist|' +
  'administrator|manager|assistant|secretary|specialist|colleague)s?';
/**
 * ", my research mentor,", ", consultant interventional radiologist.": a comma, up to four
 * words ("the", "program", "PGY-3", "Dr. Lee's"), then a role that ends the phrase.
 */
export const COLLEAGUE_APPOSITIVE = new RegExp(
  "^,\\s*(?:(?:Dr\\.|[\\p{L}\\p{N}-]+(?:['’]s)?)\\s+){0,4}?" +
    COLLEAGUE_ROLE +
    '(?=\\s*(?:[,.;:)!?—–]|$)|\\s+(?:of|at|in|from|who|and|for|with|on)\\b)',
  'iu',
);
/** A patient described by a role they live in or left: "a nursing home resident", "a retired surgeon". */
export const NOT_A_COLLEAGUE_WORD = /\b(?:nursing|home|facility|retired|former)\b/i;
