import { describe, expect, it } from 'vitest';
import { describeIdentifierFindings, findIdentifiers } from '../../../shared/exposure/find-identifiers';
import { itChecksIdentifierTables, type Expected } from './identifier-spans';

// Cases from the second QA pass on findIdentifiers: a bare "Name:" label, lower-case names,
// birth years and spelled-out ages over 89, a name set off with an age, a spaced phone number
// after a phone word, a name in brackets; and words after "pt" that describe rather than name
// (ethnicity, sex, language, clinical scores, eponyms). Birth years are measured against 2026.
const CURRENT_YEAR = 2026;

const FLAGGED: Record<string, [text: string, expected: Expected[]][]> = {
  'a bare "Name:" label, at the start or after a word that makes it a person': [
    ['Name: John Smith', [['patient-name', 'Name: John Smith']]],
    ['Consult.\nName: Maria Lopez, TIPS', [['patient-name', 'Name: Maria Lopez']]],
    ['Full name: John Smith on the band', [['patient-name', 'name: John Smith']]],
    ["Mother's name: Maria", [['patient-name', 'name: Maria']]],
    ['name: john smith', [['patient-name', 'name: john smith']]],
    ['NAME: JOHN SMITH', [['patient-name', 'NAME: JOHN SMITH']]],
    ['Name: Maria Lopez, a retired surgeon', [['patient-name', 'Name: Maria Lopez']]],
  ],
  'lower-case names after a patient word': [
    ['patient jane doe', [['patient-name', 'patient jane doe']]],
    ['pt jane', [['patient-name', 'pt jane']]],
    ['Saw pt jane after the TACE.', [['patient-name', 'pt jane']]],
  ],
  'a birth year that makes the patient 90 or older': [
    ['born 1931', [['age-over-89', 'born 1931']]],
    ['birth year 1930', [['age-over-89', 'birth year 1930']]],
    ['She was born in 1929 and lives alone.', [['age-over-89', 'born in 1929']]],
    ['YOB: 1933, on apixaban', [['age-over-89', 'YOB: 1933']]],
    ['DOB 1930 on the sticker', [['age-over-89', 'DOB 1930']]],
    // 2026 - 1936 = 90: 90 by this year's birthday, so possibly over 89 already.
    ['born 1936', [['age-over-89', 'born 1936']]],
  ],
  'a name set off with an age over 89': [
    ['Maria, 94, had a bleed', [['patient-name', 'Maria'], ['age-over-89', '94']]],
    ['Maria Lopez, 101, had a TIPS.', [['patient-name', 'Maria Lopez'], ['age-over-89', '101']]],
    ['Today Maria, 94, came back.', [['patient-name', 'Maria'], ['age-over-89', '94']]],
    ['Mrs Garcia, 92, had a PEG.', [['patient-name', 'Mrs Garcia'], ['age-over-89', '92']]],
    ['pt Maria, 94, had a bleed', [['patient-name', 'pt Maria'], ['age-over-89', '94']]],
    ['Consented Maria, 94.', [['patient-name', 'Maria'], ['age-over-89', '94']]],
    ['Saw Maria Lopez, 94, in clinic.', [['patient-name', 'Maria Lopez'], ['age-over-89', '94']]],
  ],
  'a spaced phone number after a phone word': [
    ['Phone: 555 0142', [['phone', 'Phone: 555 0142']]],
    ['Phone number: 555 0142 for the son', [['phone', 'Phone number: 555 0142']]],
    ['Telephone 555 0142', [['phone', 'Telephone 555 0142']]],
    ['cell # 555 0142', [['phone', 'cell # 555 0142']]],
  ],
  'an age over 89 in words': [
    ['age ninety-four', [['age-over-89', 'age ninety-four']]],
    ['Aged ninety, she declined sedation.', [['age-over-89', 'Aged ninety']]],
    ['age one hundred and two', [['age-over-89', 'age one hundred and two']]],
    ['A hundred years old and still sharp.', [['age-over-89', 'A hundred years old']]],
    ['ninety-four years of age, frail', [['age-over-89', 'ninety-four years of age']]],
  ],
  'a name in brackets after a patient word': [
    ['the patient (Maria Lopez)', [['patient-name', 'patient (Maria Lopez']]],
    ['Consented the pt (J. Smith) for TIPS.', [['patient-name', 'pt (J. Smith']]],
    ['the patient (maria lopez) agreed', [['patient-name', 'patient (maria lopez']]],
  ],
  'a surname that is also a demographic word, used as a name': [
    ['pt White had a TIPS', [['patient-name', 'pt White']]],
    ['pt Young tolerated the drain.', [['patient-name', 'pt Young']]],
    ["pt Smith's procedure went well", [['patient-name', 'pt Smith']]],
  ],
};

const LEFT_ALONE: Record<string, string[]> = {
  'ethnicity, sex and language after "pt"': [
    'Pt Hispanic male, Spanish-speaking',
    'pt Caucasian',
    'Pt White male, 67, for a port.',
    'pt Black Hispanic male with HCC',
    'pt English-speaking, no interpreter needed',
    'the patient (Hispanic male) asked about sedation',
    'Pt Female, Mandarin-speaking, consented with an interpreter.',
  ],
  'clinical scores and classifications after "pt"': [
    'pt Child-Pugh B',
    'Patient Wells score 4',
    'pt MELD 18 before TIPS',
    'pt Glasgow Coma Scale 14',
    'patient ECOG 1, BCLC B',
    'patient Fisher grade 3 SAH',
    'pt Rutherford 5 with rest pain',
    'pt Mallampati 3, ASA 3',
  ],
  'eponymous procedures, syndromes and signs after "pt"': [
    'patient Whipple procedure',
    'Patient Budd-Chiari syndrome',
    'pt May-Thurner on venogram',
    'pt Paget-Schroetter, thrombolysed',
    'pt Nutcracker on CT',
    'pt Foley removed',
    'pt Hickman line exchange',
    'pt Port-a-Cath placed',
    "pt Murphy's sign positive",
    'patient Valsalva during access',
  ],
  'birth years that do not make the patient 90': [
    'born 1975',
    'born in 1990s',
    'Born in the 1930s, her parents farmed.',
    'born 1937',
    'birth year 1960',
  ],
  'a bare "Name:" that names something else, or a colleague': [
    'Name: Dr. Patel, fellow',
    'Name: Anita Patel, program coordinator',
    'Program name: Johns Hopkins IR',
    'Drug name: Heparin',
    'program name: john hopkins',
    'File name: Case Log',
  ],
  'an age after a name that is not over 89, or is a count': [
    'Maria, 64, had a bleed',
    'Smith, 95 patients were enrolled',
    'In March, 94 of them came back.',
    'Emory, 120, Duke, 110 TIPS a year',
    'Duke, 110, and Emory, 95, were the busiest.',
    'Patients, 92, were excluded.',
    'The cohort: Smith, 92, and Lee, 95.',
  ],
  'phone words without a number': [
    'phone follow-up at 2 weeks',
    'Phone call at 2 pm about the drain',
    'cell count 555 1234',
  ],
  'ages in words that are not over 89, or a group': [
    'age eighty-nine',
    'patients over ninety years old were excluded',
    'ages ninety and older',
  ],
};

describe('findIdentifiers after the second QA pass', () => {
  itChecksIdentifierTables(FLAGGED, LEFT_ALONE, CURRENT_YEAR);

  it('measures a birth year against the year it is given', () => {
    expect(findIdentifiers('born 1940', 2029)).toEqual([]);
    expect(findIdentifiers('born 1940', 2030)).toEqual([{ kind: 'age-over-89', start: 0, end: 9 }]);
  });

  it('measures a birth year against this year when none is given', () => {
    const ninetyYearsAgo = new Date().getFullYear() - 90;
    expect(findIdentifiers(`born ${ninetyYearsAgo}`)).toHaveLength(1);
    expect(findIdentifiers(`born ${ninetyYearsAgo + 1}`)).toEqual([]);
  });

  it('names both the name and the age in the warning for "Maria, 94"', () => {
    expect(describeIdentifierFindings(findIdentifiers('Maria, 94, had a bleed'))).toBe(
      'Looks like patient data: patient name, age over 89. Remove or generalise it so the entry stays de-identified.',
    );
  });

  // Speed is measured by a script, never asserted here; a catastrophic pattern would still show
  // up as this test timing out.
  it('finishes on long runs of the new rules’ raw material', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const texts = [
      fill('Maria, Maria, Maria, 9'),
      fill('Name: Name: name: '),
      fill('patient ( ( ( '),
      `Name:${' '.repeat(50_000)}x`,
      fill('Aa-Bb-Cc-'),
      fill('ninety ninety-one age '),
      fill('born born in 19 '),
      fill('phone 555 phone # '),
      `A${'a'.repeat(50_000)}`,
    ];
    for (const text of texts) expect(() => findIdentifiers(text, CURRENT_YEAR)).not.toThrow();
  });
});
