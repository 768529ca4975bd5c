import { describe, expect, it } from 'vitest';
import { describeIdentifierFindings, findIdentifiers } from '../../../shared/exposure/find-identifiers';
import { itChecksIdentifierTables, type Expected } from './identifier-spans';

// Cases from the third QA pass on findIdentifiers: diseases, tumours, insurers, faiths and
// regions after "pt" are not names; an age over 89 stated about the patient is caught; seven
// digits after a phone word are a phone number; a doctor's age beside the name is left alone.
const CURRENT_YEAR = 2026;

const FLAGGED: Record<string, [text: string, expected: Expected[]][]> = {
  'a surname after "pt", even one shared with a disease, when no disease word follows': [
    ["pt Smith's procedure", [['patient-name', 'pt Smith']]],
    ['pt John Smith', [['patient-name', 'pt John Smith']]],
    ['pt Wilson had a TIPS', [['patient-name', 'pt Wilson']]],
    ['pt Graves tolerated the drain.', [['patient-name', 'pt Graves']]],
    ['pt Baker came back for a check.', [['patient-name', 'pt Baker']]],
    ['pt Von Trapp had a bleed', [['patient-name', 'pt Von Trapp']]],
    ['pt Christian had a drain', [['patient-name', 'pt Christian']]],
  ],
  'an age over 89 stated about the patient': [
    ['the patient was 94', [['age-over-89', 'patient was 94']]],
    ['patient is 96 and frail', [['age-over-89', 'patient is 96']]],
    ['Pt was 101, on apixaban.', [['age-over-89', 'Pt was 101']]],
    ['The patient is now 92.', [['age-over-89', 'patient is now 92']]],
    ['Pt turned 90, so we held sedation.', [['age-over-89', 'Pt turned 90']]],
  ],
  'seven digits after a phone word, as a phone number': [
    ['Phone: 5550142', [['phone', 'Phone: 5550142']]],
    ['call 5550142 for the daughter', [['phone', 'call 5550142']]],
    ['tel 555-0142', [['phone', 'tel 555-0142']]],
  ],
  'a name beside an age over 89 without a doctor’s title': [
    ['Mrs Lee, 92, had a PEG.', [['patient-name', 'Mrs Lee'], ['age-over-89', '92']]],
    ['Saw Lee, 92, in clinic.', [['patient-name', 'Lee'], ['age-over-89', '92']]],
  ],
};

const LEFT_ALONE: Record<string, string[]> = {
  'an eponymous disease, tumour or sign after "pt"': [
    'pt Wilson disease',
    "pt Wilson's disease",
    'pt Graves disease',
    'pt Caroli disease',
    'pt Klatskin tumor',
    'pt Wilms tumour',
    'pt Wilms tumor',
    'pt Ewing sarcoma',
    'pt Kaposi sarcoma',
    'pt Hodgkin lymphoma',
    'pt Alzheimer dementia',
    'pt Baker cyst',
    'pt Charcot foot',
    'pt Bell palsy',
    'pt Morton neuroma',
    'pt Von Willebrand',
    'pt Factor V Leiden',
    'pt Osler-Weber-Rendu',
    'Pt Moyamoya',
    'pt Ebstein anomaly',
    'pt Chiari malformation',
    'pt Colles fracture',
    'pt Rasmussen aneurysm',
    'pt Curling ulcer',
    'pt Barrett esophagus',
    'pt Stanford type B dissection',
  ],
  'hepatitis, insurers, faiths and regions after "pt"': [
    'pt Hep B',
    'pt Hep C',
    'pt Hep C cirrhosis',
    'pt Medicare',
    'pt Medicaid',
    'pt Jehovah Witness',
    'pt Eastern European',
    'Pt Western European, English-speaking',
  ],
  'a number after "patient was" that is not an age over 89': [
    'the patient was 64',
    'pt was 94 kg',
    'pt is 95% on room air',
    'pt was 98.6 on arrival',
    'patient was 120/80',
    'patients over 90 were excluded',
  ],
  'a doctor’s age beside the name': [
    'Dr. Lee, 92, retired',
    'Dr Lee, 92, retired',
    'Dr. Anita Lee, 92, still teaches',
    'Prof. Garcia, 91, gave the lecture.',
  ],
};

describe('findIdentifiers after the third QA pass', () => {
  itChecksIdentifierTables(FLAGGED, LEFT_ALONE, CURRENT_YEAR);

  it('calls seven digits after a phone word a phone number in the warning', () => {
    expect(describeIdentifierFindings(findIdentifiers('Phone: 5550142', CURRENT_YEAR))).toBe(
      'Looks like patient data: phone number. Remove or generalise it so the entry stays de-identified.',
    );
  });

  it('finishes on long runs of the new rules’ raw material', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const texts = [fill('patient was patient is now '), fill('pt Von Von '), fill('Dr. Dr Lee, 9'), fill('phone 555')];
    for (const text of texts) expect(() => findIdentifiers(text, CURRENT_YEAR)).not.toThrow();
  });
});
