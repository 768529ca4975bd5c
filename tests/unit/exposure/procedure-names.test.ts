import { describe, expect, it } from 'vitest';
import { emptyExposureCollections, type ExposureCollections } from '../../../shared/exposure/exposure-collections';
import { addCustomProcedure, restoreCustomProcedure, updateCustomProcedure } from '../../../shared/exposure/exposure-mutations';
import { compactKey, hasLetterOrDigit, procedureLookup, resolveProcedure } from '../../../shared/exposure/procedure-vocabulary';
import { countProcedureMatches, procedureOptionsFilter, procedureSelectData } from '../../../renderer/src/pages/procedures/procedure-options';
import { procedureIndex, type CustomProcedure } from '../../../shared/exposure/taxonomy';
import { AppFailure } from '../../../shared/result';

const own = (id: string, name: string): CustomProcedure => ({ id, categoryId: 'arterial', name, advanced: true });

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (caught) {
    if (caught instanceof AppFailure) return caught.message;
    throw caught;
  }
  throw new Error('expected an AppFailure');
}

describe('compactKey', () => {
  it('keeps letters of any script and digits, and drops punctuation and spaces', () => {
    expect(compactKey('Y-90')).toBe('y90');
    expect(compactKey('Эмболизация сосудов')).toBe('эмболизациясосудов');
    expect(compactKey('Embolisation à froid')).toBe('embolisationàfroid');
    expect(compactKey('???')).toBe('');
  });

  it('lets a non-Latin own procedure be found by its name in a CSV, and not by punctuation', () => {
    const lookup = procedureLookup([own('custom-ru', 'Эмболизация')]);
    expect(resolveProcedure('ЭМБОЛИЗАЦИЯ', lookup)?.id).toBe('custom-ru');
    expect(resolveProcedure('???', lookup)).toBeUndefined();
  });
});

describe('own procedure names', () => {
  it('refuses a name with no letter or digit, when adding and when editing', () => {
    expect(hasLetterOrDigit('!!!')).toBe(false);
    expect(hasLetterOrDigit('Эмболизация')).toBe(true);
    expect(messageOf(() => addCustomProcedure(emptyExposureCollections(), own('custom-q', '???')))).toBe(
      'Use at least one letter or number in the name.',
    );
    const withOne = addCustomProcedure(emptyExposureCollections(), own('custom-a', 'Genicular artery embolization'));
    expect(messageOf(() => updateCustomProcedure(withOne, own('custom-a', '— —')))).toMatch(/at least one letter or number/);
  });

  it('accepts non-Latin names as distinct procedures, and refuses a second one spelled the same', () => {
    let collections: ExposureCollections = emptyExposureCollections();
    collections = addCustomProcedure(collections, own('custom-ru', 'Эмболизация'));
    collections = addCustomProcedure(collections, own('custom-ru2', 'Химиоэмболизация'));
    expect(collections.customProcedures.map((procedure) => procedure.name)).toEqual(['Эмболизация', 'Химиоэмболизация']);
    expect(messageOf(() => addCustomProcedure(collections, own('custom-ru3', 'эмболизация!')))).toBe(
      '"Эмболизация" is already in the list of procedures.',
    );
  });

  it('refuses a name that the CSV import would read as a listed procedure (T.I.P.S. is TIPS)', () => {
    expect(messageOf(() => addCustomProcedure(emptyExposureCollections(), own('custom-t', 'T.I.P.S.')))).toBe(
      '"Transjugular intrahepatic portosystemic shunt" is already in the list of procedures.',
    );
  });

  it('still puts back (undo) an own procedure saved before the rule', () => {
    const restored = restoreCustomProcedure(emptyExposureCollections(), own('custom-old', '???'));
    expect(restored.customProcedures).toHaveLength(1);
  });
});

describe('the procedure picker filter', () => {
  const customProcedures = [own('custom-ru', 'Эмболизация')];
  const filter = procedureOptionsFilter(procedureIndex(customProcedures));
  const labels = (search: string) =>
    filter({ options: procedureSelectData(customProcedures), search, limit: Infinity }).flatMap((option) =>
      'group' in option ? option.items.map((item) => item.label) : [option.label],
    );

  it('lists nothing for punctuation only, everything for an empty search', () => {
    expect(labels('???')).toEqual([]);
    expect(labels('').length).toBeGreaterThan(30);
  });

  it('finds a non-Latin own procedure and a short form', () => {
    expect(labels('эмбол')).toEqual(['Эмболизация']);
    expect(labels('TACE')).toEqual(['Chemoembolization']);
  });

  it('puts the exact name or short form first, so Enter takes the procedure meant', () => {
    expect(labels('port')[0]).toBe('Port placement');
    expect(labels('port')).toContain('Transjugular intrahepatic portosystemic shunt');
    expect(labels('tips')[0]).toBe('Transjugular intrahepatic portosystemic shunt');
    expect(labels('PICC')[0]).toBe('PICC line');
  });

  it('ranks a name that starts with the text above one that only has a word starting with it', () => {
    const drain = labels('drain');
    expect(drain[0]).toBe('Simple drain placement');
    expect(drain.indexOf('Simple drain placement')).toBeLessThan(drain.indexOf('Complex percutaneous biliary drainage'));
    expect(labels('IVC').slice(0, 2)).toEqual(['IVC filter placement', 'Complex IVC filter removal']);
  });

  it('ranks words starting a word above words found inside one', () => {
    // "embol" starts the word "embolization"; "Chemoembolization" only holds it inside.
    const embol = labels('embol');
    expect(embol[0]).toBe('Embolization for GI bleeding');
    expect(embol.indexOf('Uterine fibroid embolization')).toBeLessThan(embol.indexOf('Chemoembolization'));
    expect(embol).toContain('Chemoembolization');
  });

  it('lists every category while the search is empty, one ranked list while searching', () => {
    const options = filter({ options: procedureSelectData(customProcedures), search: '', limit: Infinity });
    expect(options.every((option) => 'group' in option)).toBe(true);
    const searched = filter({ options: procedureSelectData(customProcedures), search: 'port', limit: Infinity });
    expect(searched.some((option) => 'group' in option)).toBe(false);
  });
});

describe('countProcedureMatches', () => {
  const filter = procedureOptionsFilter(procedureIndex([]));
  const data = procedureSelectData([]);

  it('counts one match for a text only one procedure answers, so leaving the field may take it', () => {
    expect(countProcedureMatches(filter, data, 'TACE')).toBe(1);
  });

  it('counts every match for a text several procedures answer, and none for an empty field', () => {
    expect(countProcedureMatches(filter, data, 'IVC')).toBeGreaterThan(1);
    expect(countProcedureMatches(filter, data, 'port')).toBeGreaterThan(1);
    expect(countProcedureMatches(filter, data, '  ')).toBe(0);
  });
});
