import { describe, expect, it } from 'vitest';
import { identifiersInOutline } from '../../../shared/statement/outline-identifiers';

const section = (title: string) => ({ id: title, title, talkingPointIds: [] });

describe('identifiersInOutline', () => {
  it('names only the section titles that hold a suspected identifier, by their place', () => {
    const findings = identifiersInOutline([
      section('Opening: the case that drew me to IR'),
      section('Mr. John Smith and the night his bleed stopped'),
      section('Why IR'),
      section('Follow-up call 312-555-0100'),
    ]);
    expect(findings.map((result) => result.label)).toEqual(['Section 2 title', 'Section 4 title']);
    expect(findings.map((result) => result.findings.map((finding) => finding.kind))).toEqual([['patient-name'], ['phone']]);
    expect(findings.map((result) => result.text)).toEqual(['Mr. John Smith and the night his bleed stopped', 'Follow-up call 312-555-0100']);
  });

  it('finds nothing in clean titles or an empty outline', () => {
    expect(identifiersInOutline([section('Opening'), section('Research')])).toEqual([]);
    expect(identifiersInOutline([])).toEqual([]);
  });

  it('skips a title the saved outline holds, wherever it moved, and checks a new one', () => {
    const confirmed = section('Mr. John Smith and the night his bleed stopped');
    const saved = [section('Opening'), confirmed];
    expect(identifiersInOutline([confirmed, section('Opening')], saved)).toEqual([]);
    const added = identifiersInOutline([confirmed, section('Opening'), section('Call 312-555-0100')], saved);
    expect(added.map((result) => result.label)).toEqual(['Section 3 title']);
  });
});
