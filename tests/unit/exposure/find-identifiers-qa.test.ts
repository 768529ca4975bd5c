import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../shared/exposure/find-identifiers';
import { spans, type Expected } from './identifier-spans';

// Cases from the QA pass on findIdentifiers: misses it must now flag, and applicant and
// research text it must now leave alone. The original corpus lives in find-identifiers.test.ts.


const FLAGGED: Record<string, [text: string, expected: Expected[]][]> = {
  'record numbers with a hyphen, spaces or an international label': [
    ['Pulled MRN-1234567 for the CT.', [['mrn', 'MRN-1234567']]],
    ['MRN: 123 456 7 on the sticker', [['mrn', 'MRN: 123 456 7']]],
    ['Acc 20250311-0012 was the CTA.', [['mrn', 'Acc 20250311-0012']]],
    ['Reviewed accession A-12345 with the fellow.', [['mrn', 'accession A-12345']]],
    ['Med rec #123456 had the prior.', [['mrn', 'Med rec #123456']]],
    ['UHID 123456 on the discharge card', [['mrn', 'UHID 123456']]],
    ['IP no. 12345, admitted for PTBD.', [['mrn', 'IP no. 12345']]],
    ['CR No 2024/12345 from the OPD.', [['mrn', 'CR No 2024/12345']]],
    ['Logged MRN 1234567 2 cases ago.', [['mrn', 'MRN 1234567']]],
    ['Patient MRN 1234567 was wrong.', [['mrn', 'MRN 1234567']]],
  ],
  'an initial and a surname after a patient word': [
    ['Saw pt J. Smith for a drain check.', [['patient-name', 'pt J. Smith']]],
    ['patient J. Smith had a TIPS.', [['patient-name', 'patient J. Smith']]],
    ['pt: J Smith, port removal', [['patient-name', 'pt: J Smith']]],
    ['pt J Smith tolerated it.', [['patient-name', 'pt J Smith']]],
  ],
  'age shorthand over 89': [
    ['92M with GI bleed, embolized.', [['age-over-89', '92M']]],
    ['Consented 92 F for a PICC.', [['age-over-89', '92 F']]],
    ['Frail, 92 yrs, for a G-tube.', [['age-over-89', '92 yrs']]],
    ['92y male with hematuria.', [['age-over-89', '92y']]],
    ['Pt age 92yrs, on warfarin.', [['age-over-89', 'age 92yrs']]],
    ['A ninety-two-year-old had a kyphoplasty.', [['age-over-89', 'ninety-two-year-old']]],
    ['Age: 94 years, lives alone.', [['age-over-89', 'Age: 94 years']]],
    ['Frail, 92 yrs of age, for a G-tube.', [['age-over-89', '92 yrs of age']]],
    ['Consented a 95 y/o of Indian origin.', [['age-over-89', '95 y/o']]],
  ],
  'international phone numbers': [
    ['UK family: +44 20 7946 0958.', [['phone', '+44 20 7946 0958']]],
    ['Son in Delhi, +91 98765 43210', [['phone', '+91 98765 43210']]],
    ['+91-9876543210 is the daughter', [['phone', '+91-9876543210']]],
    ['Cairo number +20 100 123 4567 on file', [['phone', '+20 100 123 4567']]],
    ['Ring +44 (0)20 7946 0958 after 6.', [['phone', '+44 (0)20 7946 0958']]],
    ['+44 20 7946 0958 2 times', [['phone', '+44 20 7946 0958']]],
  ],
  'names in capitals or with accented letters': [
    ['MR. SMITH had a TIPS.', [['patient-name', 'MR. SMITH']]],
    ['PATIENT JOHN SMITH - PORT PLACEMENT', [['patient-name', 'PATIENT JOHN SMITH']]],
    ['Saw pt SMITH in clinic.', [['patient-name', 'pt SMITH']]],
    ['Mrs. Şahin asked about sedation.', [['patient-name', 'Mrs. Şahin']]],
    ['Consented pt Ángel Pérez for a TACE.', [['patient-name', 'pt Ángel Pérez']]],
    ['Mrs. Ødegaard had a nephrostomy.', [['patient-name', 'Mrs. Ødegaard']]],
    ['Saw pt José García today.', [['patient-name', 'pt José García']]],
    ['Saw pt McDonald for a PICC.', [['patient-name', 'pt McDonald']]],
    ['patient josé garcía had a TACE', [['patient-name', 'patient josé garcía']]],
    ['pt John CT showed ascites.', [['patient-name', 'pt John']]],
    ['PATIENT JOHN LEE, BED 4', [['patient-name', 'PATIENT JOHN LEE']]],
    ['MR. SMITH NPO since midnight', [['patient-name', 'MR. SMITH']]],
    ['Patient Name: John Smith', [['patient-name', 'Patient Name: John Smith']]],
  ],
  'a titled name whose appositive is not a colleague role': [
    ['Mrs. Garcia, a nursing home resident, had a PEG.', [['patient-name', 'Mrs. Garcia']]],
    ['Mr. Smith, a resident of Boston, had TIPS.', [['patient-name', 'Mr. Smith']]],
    ['Mr. Smith, chief complaint abdominal pain.', [['patient-name', 'Mr. Smith']]],
    ['Mrs. Garcia, a fellow Spanish speaker, relaxed.', [['patient-name', 'Mrs. Garcia']]],
    ["Mr. Smith, Dr. Lee's patient, had TIPS.", [['patient-name', 'Mr. Smith']]],
    ['Mr. Jones, a retired surgeon, had a TIPS.', [['patient-name', 'Mr. Jones']]],
  ],
  'date-of-birth formats': [
    ['DOB 3-Mar-1951, on apixaban', [['date-of-birth', 'DOB 3-Mar-1951']]],
    ['birthday 3/4/1951 on the band', [['date-of-birth', 'birthday 3/4/1951']]],
    ['Widow, b. 03/04/1951, lives alone.', [['date-of-birth', 'b. 03/04/1951']]],
    ['DOB:03041951 on the label', [['date-of-birth', 'DOB:03041951']]],
  ],
  'ZIP codes after a city and state': [
    ['Lives in Boston, MA 02115 with her son.', [['street-address', 'Boston, MA 02115']]],
    ['Moved to Salt Lake City, UT 84101-1234.', [['street-address', 'Salt Lake City, UT 84101-1234']]],
  ],
  'a patient finding next to an exempt label': [
    ['PMID 12345678; pt John Smith agreed.', [['patient-name', 'pt John Smith']]],
  ],
};

const LEFT_ALONE: Record<string, string[]> = {
  'publication and applicant identifiers after their label': [
    'PMID: 38123456 is my first-author paper.',
    'Linked PMCID PMC1234567 in ERAS.',
    'DOI 10.1016/j.jvir.2024.01.001 for the case report.',
    'ISBN 9781234567897 is the IR handbook.',
    'My AAMC ID 14123456 is on the form.',
    'NRMP ID 1234567 for the match.',
    'ECFMG 1234567-8 certified in 2024.',
    'DAP 1234567 mGy·cm2 for the long TIPS.',
    'Registered as NCT01234567 on the trials site.',
  ],
  'a title and name followed by a colleague role': [
    'Mr. Khan, consultant interventional radiologist, let me scrub.',
    'Met Ms. Patel, the program coordinator.',
    'Mr. Chen, my research mentor, reviewed the abstract.',
    'Ms. Lopez, PI of the registry, signed off.',
    'Mrs. Okafor, our program director, called.',
    'Ms. Rivera, the nurse navigator, coordinated the clinic.',
    'Mr. Lee, the PGY-3 resident, helped.',
    "Ms. Patel, Dr. Lee's coordinator, emailed.",
    'MR. KHAN, CONSULTANT RADIOLOGIST',
    'ms patel, the program coordinator, emailed me.',
  ],
  'an all-caps PT (physical therapist)': [
    'PT Jones assessed mobility after the kyphoplasty.',
    'PT John Smith walked her twice.',
  ],
  'cohort statistics': [
    'The mean age 92 in cohort B was an outlier.',
    'Patients ages 90-100 were excluded.',
    'Those aged 90+ excluded from the registry.',
    'The median age of 91 years surprised us.',
    'Patients aged 90 and older were excluded.',
    'Included patients 90-95 yrs only.',
    'Patients older than 90 yrs were excluded.',
    'Ages 90 and up had higher mortality.',
    'We enrolled 100 F and 120 M patients.',
  ],
  'clinical and applicant text near the new rules': [
    'TIPS with 10 mm stent',
    'Y-90 at 120 Gy',
    'GI bleed 2024-03-04',
    'PGY-2',
    'USMLE Step 2 CK 250',
    '1,000 cases',
    'ERAS 2026',
    '6 Fr sheath',
    'March 22-27, 2025',
    '30 minutes',
    '2 years',
    '5 French',
    '90Y radioembolization for HCC.',
    'The department has 100 years of history.',
    'The hospital celebrated 100 yrs of service.',
    'Spiked to 102 F overnight.',
    'A 101 F fever after the drain.',
    'She won a $1.92M grant.',
    'pt NPO after midnight; PATIENT CARE TEAM rounds.',
    'patient TIPS revision went well.',
    'She has MS. ICU stay was short.',
    'Got an MR. The lesion enhanced.',
    'Reviewed the MR ANGIOGRAPHY report.',
    'PATIENT SAFETY WEEK',
    'CD4+ 200 cells, +2 edema.',
    'Steps: a. 01/02/2025 consult, b. 03/04/2025 procedure.',
    'Met the PA 12345 times, joke.',
    'Rotation in Boston, applied via ERAS 2026.',
    'pt AFib with RVR.',
    'Student ID 12345 on the badge.',
    'Logged IN 12345 times.',
    'Patient Safety Week, 2026',
  ],
};

describe('findIdentifiers after the QA pass', () => {
  for (const [group, cases] of Object.entries(FLAGGED)) {
    it.each(cases)(`flags ${group}: %s`, (text, expected) => {
      expect(findIdentifiers(text)).toEqual(spans(text, expected));
    });
  }

  for (const [group, texts] of Object.entries(LEFT_ALONE)) {
    it.each(texts)(`leaves alone ${group}: %s`, (text) => {
      expect(findIdentifiers(text)).toEqual([]);
    });
  }

  // A catastrophic pattern would show up as this test timing out.
  it('stays fast on long runs of the new patterns’ raw material', () => {
    const texts = [
      '+1 2 3 4 5 6 7 8 9 '.repeat(1_000),
      'Boston Boston Boston, '.repeat(1_000),
      'MRN 1 2 3 4 5 6 7 8 9 0 '.repeat(800),
      'pt J. J. J. '.repeat(1_600),
      'mean age 92 '.repeat(1_600),
      'ÁÉÍÓÚ'.repeat(4_000),
    ];
    for (const text of texts) expect(() => findIdentifiers(text)).not.toThrow();
  });
});
