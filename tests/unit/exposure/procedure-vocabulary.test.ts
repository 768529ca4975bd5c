import { describe, expect, it } from 'vitest';
import {
  GUIDANCE_LOOKUP,
  ROLE_LOOKUP,
  SETTING_LOOKUP,
  compactKey,
  procedureLookup,
  readImportDate,
  resolveProcedure,
} from '../../../shared/exposure/procedure-vocabulary';

describe('resolveProcedure', () => {
  const procedures = procedureLookup([{ id: 'custom-pae', categoryId: 'arterial', name: 'Prostate artery embolization', advanced: true }]);
  const resolve = (cell: string) => resolveProcedure(cell, procedures)?.id;

  it('reads ids, names and common short forms whatever the case or punctuation', () => {
    expect(resolve('TACE')).toBe('tace');
    expect(resolve('y-90')).toBe('y90');
    expect(resolve('TIPS')).toBe('tips');
    expect(resolve('ufe')).toBe('ufe');
    expect(resolve('IVC Filter')).toBe('ivc-filter-placement');
    expect(resolve('Complex IVC filter removal')).toBe('ivc-filter-removal-complex');
    // A plain removal may be a routine retrieval: not read as the advanced complex removal.
    expect(resolve('IVC filter removal')).toBeUndefined();
    expect(resolve('IVC filter retrieval')).toBeUndefined();
    expect(resolve('Transjugular intrahepatic portosystemic shunt')).toBe('tips');
    expect(resolve('Chemoembolization (TACE)')).toBe('tace');
    expect(resolve('PRostate Artery Embolization')).toBe('custom-pae');
    expect(resolve('TACEE')).toBeUndefined();
  });

  it('lets a listed procedure win over a custom one with the same name', () => {
    const clash = procedureLookup([{ id: 'custom-x', categoryId: 'oncologic', name: 'TACE', advanced: true }]);
    expect(resolveProcedure('tace', clash)?.id).toBe('tace');
  });
});

describe('role, guidance and setting words', () => {
  it('maps synonyms and labels to ids', () => {
    const role = (word: string) => ROLE_LOOKUP.get(compactKey(word));
    expect([role('Observed'), role('obs'), role('Scrubbed in'), role('performed'), role('Performed under supervision'), role('assist')]).toEqual([
      'observed', 'observed', 'scrubbed', 'performed-supervised', 'performed-supervised', 'assisted',
    ]);
    expect(GUIDANCE_LOOKUP.get(compactKey('Cone-beam CT'))).toBe('cone-beam-ct');
    expect(GUIDANCE_LOOKUP.get(compactKey('US'))).toBe('ultrasound');
    expect(SETTING_LOOKUP.get(compactKey('Emergency / on call'))).toBe('emergency');
    expect(SETTING_LOOKUP.get(compactKey('elective'))).toBe('scheduled');
  });
});

describe('readImportDate', () => {
  it('reads ISO and US dates', () => {
    expect(readImportDate('2025-03-04')).toEqual({ ok: true, value: '2025-03-04', monthFirst: false });
    expect(readImportDate('2025-3-4')).toEqual({ ok: true, value: '2025-03-04', monthFirst: false });
    expect(readImportDate('12/31/2024')).toEqual({ ok: true, value: '2024-12-31', monthFirst: false });
    expect(readImportDate('2025-03-04 00:00:00')).toEqual({ ok: true, value: '2025-03-04', monthFirst: false });
  });

  it('says when a slash date could have been day first and was read month first', () => {
    expect(readImportDate('3/4/2025')).toEqual({ ok: true, value: '2025-03-04', monthFirst: true });
    expect(readImportDate('04/04/2025')).toEqual({ ok: true, value: '2025-04-04', monthFirst: false });
  });

  it('explains impossible days and unreadable forms', () => {
    expect(readImportDate('31/02/2025')).toEqual({ ok: false, message: "date '31/02/2025' is not a real day; use YYYY-MM-DD or MM/DD/YYYY" });
    expect(readImportDate('2025-02-29')).toMatchObject({ ok: false });
    expect(readImportDate('March 3')).toEqual({ ok: false, message: "date 'March 3' is not in a form the app can read; use YYYY-MM-DD or MM/DD/YYYY" });
    expect(readImportDate('Smarch 4 2026')).toMatchObject({ ok: false });
    expect(readImportDate('Ma 4, 2026')).toMatchObject({ ok: false });
  });

  it('names the day-first slash form in its messages when the day comes first', () => {
    expect(readImportDate('31/02/2025', 'day-first')).toEqual({ ok: false, message: "date '31/02/2025' is not a real day; use YYYY-MM-DD or DD/MM/YYYY" });
    expect(readImportDate('March 3', 'day-first')).toEqual({ ok: false, message: "date 'March 3' is not in a form the app can read; use YYYY-MM-DD or DD/MM/YYYY" });
  });

  it('reads slash dates day first when asked, and then does not call them month first', () => {
    expect(readImportDate('3/4/2026', 'day-first')).toEqual({ ok: true, value: '2026-04-03', monthFirst: false });
    expect(readImportDate('25/12/2025', 'day-first')).toEqual({ ok: true, value: '2025-12-25', monthFirst: false });
  });

  it('reads two-digit years in slash dates as 2000–2069 up to 69, 1970–1999 from 70', () => {
    expect(readImportDate('3/4/26')).toEqual({ ok: true, value: '2026-03-04', monthFirst: true });
    expect(readImportDate('3/4/26', 'day-first')).toEqual({ ok: true, value: '2026-04-03', monthFirst: false });
    expect(readImportDate('12/31/69')).toMatchObject({ ok: true, value: '2069-12-31' });
    expect(readImportDate('12/31/70')).toMatchObject({ ok: true, value: '1970-12-31' });
  });

  it('reads dotted dates day first, whichever order slash dates use', () => {
    expect(readImportDate('31.12.2025')).toEqual({ ok: true, value: '2025-12-31', monthFirst: false });
    expect(readImportDate('4.3.2026', 'day-first')).toEqual({ ok: true, value: '2026-03-04', monthFirst: false });
    expect(readImportDate('4.3.26')).toMatchObject({ ok: true, value: '2026-03-04' });
    expect(readImportDate('12.31.2025')).toEqual({ ok: false, message: "date '12.31.2025' is not a real day; use YYYY-MM-DD or MM/DD/YYYY" });
  });

  it('reads dates written out, month or day first, full or short month names', () => {
    expect(readImportDate('March 4, 2026')).toEqual({ ok: true, value: '2026-03-04', monthFirst: false });
    expect(readImportDate('4 March 2026')).toEqual({ ok: true, value: '2026-03-04', monthFirst: false });
    expect(readImportDate('Mar. 4 2026', 'day-first')).toMatchObject({ ok: true, value: '2026-03-04' });
    expect(readImportDate('4th Sept 2025')).toMatchObject({ ok: true, value: '2025-09-04' });
    expect(readImportDate('february 30, 2026')).toEqual({ ok: false, message: "date 'february 30, 2026' is not a real day; use YYYY-MM-DD or MM/DD/YYYY" });
  });
});

