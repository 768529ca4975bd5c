import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_KINDS,
  IDENTIFIER_LABELS,
  describeIdentifierFindings,
  findIdentifiers,
} from '../../../shared/exposure/find-identifiers';
import { spans, type Expected } from './identifier-spans';


const POSITIVES: [text: string, expected: Expected[]][] = [
  ['Logged the case under MRN 1234567 by mistake.', [['mrn', 'MRN 1234567']]],
  ['MRN: 00451234 — port placement, uneventful.', [['mrn', 'MRN: 00451234']]],
  ['Pulled images for record #8812345 to review.', [['mrn', 'record #8812345']]],
  ['Chart no. 55123409 had the prior CT.', [['mrn', 'Chart no. 55123409']]],
  ['Accession # 20250311 was the staging scan', [['mrn', 'Accession # 20250311']]],
  ['Note to self: 88123456 was the follow-up.', [['mrn', '88123456']]],
  ['Pulled accession 2026-001234 to compare.', [['mrn', 'accession 2026-001234']]],
  ['Accession #: A12345678 was the biopsy CT.', [['mrn', 'Accession #: A12345678']]],
  ['Wrote acc no. 55512345 on my notes.', [['mrn', 'acc no. 55512345']]],
  ['Acc# 123456 had the best images.', [['mrn', 'Acc# 123456']]],
  ['Encounter #: E123456 was the admission.', [['mrn', 'Encounter #: E123456']]],
  ['visit number 20261234 for the follow-up', [['mrn', 'visit number 20261234']]],
  ['Account number 12345678 was on the bill.', [['mrn', 'Account number 12345678']]],
  ['Patient ID: 445566 on the wristband.', [['mrn', 'Patient ID: 445566']]],
  ['CSN 1234567890 from the Epic list.', [['mrn', 'CSN 1234567890']]],
  ['DOB 04/12/1961, presented for TACE.', [['date-of-birth', 'DOB 04/12/1961']]],
  ['She was born 1961-04-12 and had cirrhosis.', [['date-of-birth', 'born 1961-04-12']]],
  ['date of birth: March 4, 1950', [['date-of-birth', 'date of birth: March 4, 1950']]],
  ['D.O.B. 3/9/52 on the consent form', [['date-of-birth', 'D.O.B. 3/9/52']]],
  ['Birthdate 12 Sept 1948 noted on the sticker.', [['date-of-birth', 'Birthdate 12 Sept 1948']]],
  ['SSN 123-45-6789 was on the label', [['ssn', 'SSN 123-45-6789']]],
  ['SS# 123 45 6789 on the face sheet', [['ssn', 'SS# 123 45 6789']]],
  ['The sheet showed 123-45-6789 at the top.', [['ssn', '123-45-6789']]],
  ['Daughter asked us to call (555) 123-4567 after.', [['phone', '(555) 123-4567']]],
  ['Callback number 555-123-4567 for results', [['phone', '555-123-4567']]],
  ['Reach the family at +1 555 123 4567 tomorrow.', [['phone', '+1 555 123 4567']]],
  ['Wife: 312.555.0199', [['phone', '312.555.0199']]],
  ['tel: 555-0142 for the nurse line', [['phone', 'tel: 555-0142']]],
  ['Son’s cell 2125551234 is on file', [['phone', 'cell 2125551234']]],
  ['Pt Jones had a TIPS revision.', [['patient-name', 'Pt Jones']]],
  ['He emailed jsmith1961@gmail.com with questions.', [['email', 'jsmith1961@gmail.com']]],
  ['Patient email is jane.doe@yahoo.com, per the chart.', [['email', 'jane.doe@yahoo.com']]],
  ['Lives at 1234 Elm Street, alone.', [['street-address', '1234 Elm Street']]],
  ['Home is 55 W. Main St Apt 4 near the clinic', [['street-address', '55 W. Main St Apt 4']]],
  ['Transferred from 900 Martin Luther King Blvd.', [['street-address', '900 Martin Luther King Blvd.']]],
  ['A 92-year-old had a hip nerve block.', [['age-over-89', '92-year-old']]],
  ['Patient age 95, frail, for a PICC.', [['age-over-89', 'age 95']]],
  ['93 yo with GI bleed, embolized.', [['age-over-89', '93 yo']]],
  ['Consented a 101 y/o for a nephrostomy.', [['age-over-89', '101 y/o']]],
  ['A woman in her 90s came in for a port.', [['age-over-89', 'in her 90s']]],
  ['Saw pt John Smith for a drain check.', [['patient-name', 'pt John Smith']]],
  ['Follow-up of patient Maria Lopez after Y90.', [['patient-name', 'patient Maria Lopez']]],
  ['Mrs. Garcia was anxious before TIPS.', [['patient-name', 'Mrs. Garcia']]],
  ["Mr. O'Neil asked great questions.", [['patient-name', "Mr. O'Neil"]]],
  ['Ms Chen had her port removed.', [['patient-name', 'Ms Chen']]],
  ['A patient named Ana Ruiz. The case went well.', [['patient-name', 'named Ana Ruiz']]],
  ['Patient: Samuel Okafor, declined sedation.', [['patient-name', 'Patient: Samuel Okafor']]],
  ['patient john smith had a TACE', [['patient-name', 'patient john smith']]],
  ['Saw pt mary jones in clinic.', [['patient-name', 'pt mary jones']]],
  ['patient maria had a TACE', [['patient-name', 'patient maria']]],
  ['mr smith had his drain removed.', [['patient-name', 'mr smith']]],
  ['Mrs. garcia was anxious before TIPS.', [['patient-name', 'Mrs. garcia']]],
  ['a patient named lucia ruiz, so she said', [['patient-name', 'named lucia ruiz']]],
  [
    'Mr. Jones (MRN 7654321, DOB 1/2/1930) called from 555-987-6543.',
    [
      ['patient-name', 'Mr. Jones'],
      ['mrn', 'MRN 7654321'],
      ['date-of-birth', 'DOB 1/2/1930'],
      ['phone', '555-987-6543'],
    ],
  ],
];

const NEGATIVES: string[] = [
  'A 65-year-old with HCC underwent TACE on 3 March.',
  'Saw 4 TIPS cases this week with the fellow.',
  'Dr. Patel let me scrub in for the UFE.',
  'Y90 mapping on 2026-03-04, then treatment two weeks later.',
  'The PGY-3 resident walked me through the access.',
  'A 5 Fr sheath was placed in the right CFA.',
  'Gave 10 mg of morphine before the drain.',
  'A 2 cm lesion was ablated with microwave.',
  'An 89-year-old tolerated the vertebroplasty well.',
  'Dr. Smith explained why a cone-beam CT helped.',
  'Observed 12 ports and 3 PICCs on Monday.',
  'Logged 250 cases over the rotation; 40 were advanced.',
  'Case conference on 11/14/2025 covered portal hypertension.',
  'The patient was worried about the sedation.',
  'Patients often ask how long the port stays in.',
  'Patient Safety Week talk on radiation dose.',
  'Reviewed the consent with the patient. She agreed.',
  'Talked with the pt. He wanted to know about recovery.',
  'Heparin 5000 units given during the case.',
  'The program sees 10,000 procedures a year.',
  'Dr Nguyen showed me 4 TIPS Dr. Smith had done.',
  'St. Mary’s hospital has an active IR service.',
  'Born in 1961, she grew up near the coast.',
  'MR imaging before the ablation showed two lesions.',
  'She has MS and needed a port for infusions.',
  'Physical therapy after the vertebroplasty.',
  'A 3-way stopcock was attached to the sheath.',
  'Level I trauma center with 24/7 IR call.',
  'Medical record review for my QI project on drain care.',
  'The 90s were when TIPS became common.',
  'Fluoro time was 12.5 minutes; DAP 45 Gy·cm².',
  'Scheduled 6 cases, 2 emergencies overnight.',
  'A 45-year-old woman; we discussed fibroid embolization.',
  'ESIR residents and APPs share the list.',
  'Contrast to saline ratio of 1:1000000 is nonsense, but not an identifier.',
  'Temp 101 F after the drain, heart rate 110.',
  '67F with HCC, Child-Pugh A.',
  'Consented a 72-year-old man for a nephrostomy.',
  'A 10 Fr sheath and then TIPS with 8 mm stent.',
  'Y90 mapping on 2026-01-06, treatment on 2026-01-20.',
  'TACE on January 6, 2026; follow-up MRI 02/03/2026.',
  'The PGY-2 on call took the consult.',
  'Presented a poster at SIR 2026 and ACC 2026.',
  'Accession numbers tie each image to its study.',
  'Her second visit, 2 of 3, went faster.',
  'My account of the case in the M&M conference.',
  'IRB protocol 2025-001234 approved the registry.',
  'The patient was stable overnight.',
  'The patient tolerated the procedure well.',
  'pt had good outcome at 3 months.',
  'patient care team rounds every morning',
  'patient will follow up in clinic; pt may go home tomorrow.',
  'pt allen test normal before radial access.',
  'Labs: patient ana negative, so no vasculitis work-up.',
  'pt jackson-pratt drain output was low.',
  'patient identified 3 concerns before consent.',
  'MR angiography with a 200 ms delay; MS clinic referral.',
];

/** The year the cases were written in: a bare birth year ("Born in 1961") is read against it. */
const WRITTEN_IN = 2026;

describe('findIdentifiers', () => {
  it.each(POSITIVES)('flags %s', (text, expected) => {
    expect(findIdentifiers(text, WRITTEN_IN)).toEqual(spans(text, expected));
  });

  it.each(NEGATIVES)('leaves alone: %s', (text) => {
    expect(findIdentifiers(text, WRITTEN_IN)).toEqual([]);
  });

  it('corpus covers every kind', () => {
    const kinds = new Set(POSITIVES.flatMap(([, expected]) => expected.map(([kind]) => kind)));
    expect([...kinds].sort()).toEqual([...IDENTIFIER_KINDS].sort());
  });

  it('returns sorted, non-overlapping findings', () => {
    const text = POSITIVES.map(([t]) => t).join(' ');
    const findings = findIdentifiers(text);
    expect(findings.length).toBeGreaterThanOrEqual(POSITIVES.length);
    for (let i = 1; i < findings.length; i += 1) {
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });

  it('prefers the labelled MRN over a phone-shaped number inside it', () => {
    const text = 'MRN 5551234567';
    expect(findIdentifiers(text)).toEqual([{ kind: 'mrn', start: 0, end: text.length }]);
  });

  // Speed is measured by the benchmark script, never asserted here; a catastrophic
  // regex would still show up as this test timing out.
  it('handles the longest allowed text, even a pathological one', () => {
    const texts = [
      'A 65-year-old with HCC had TACE; pt John Smith, 555-123-4567. '.repeat(320).slice(0, 20_000),
      'a.'.repeat(10_000),
      'Main '.repeat(4_000),
    ];
    const [mixed, dots, streets] = texts.map((text) => findIdentifiers(text));
    expect(mixed!.length).toBeGreaterThan(0);
    expect(dots).toEqual([]);
    expect(streets).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findIdentifiers('')).toEqual([]);
  });
});

describe('describeIdentifierFindings', () => {
  it('says so when nothing was found', () => {
    expect(describeIdentifierFindings([])).toBe('Nothing here looks like patient-identifying data.');
  });

  it('counts each kind in plain words, in order of appearance', () => {
    const findings = findIdentifiers('Call 555-123-4567 or 555-765-4321; DOB 1/2/1940.');
    expect(describeIdentifierFindings(findings)).toBe(
      'Looks like patient data: 2 phone numbers, date of birth. Remove or generalise it so the entry stays de-identified.',
    );
  });

  it('has a label for every kind', () => {
    for (const kind of IDENTIFIER_KINDS) expect(IDENTIFIER_LABELS[kind]).toMatch(/\w/);
  });
});
