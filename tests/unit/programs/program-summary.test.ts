import { describe, expect, it } from 'vitest';
import { programListSummary, volumeReading } from '../../../shared/programs/program-summary';
import { figure, makeProgram } from './program-fixture';

describe('volumeReading', () => {
  it('names the level and the basis', () => {
    expect(volumeReading({ level: 'strong', basis: 'resident', perYearLevel: 'unknown' })).toEqual({
      label: 'Strong (resident-level)',
      tone: 'good',
    });
    expect(volumeReading({ level: 'below-floor', basis: 'resident', perYearLevel: 'unknown' }).label).toBe(
      'Below the floor (resident-level)',
    );
    expect(volumeReading({ level: 'unknown', basis: 'resident', perYearLevel: 'busy' }).label).toBe(
      'Per-year figure only (busy)',
    );
    expect(volumeReading({ level: 'unknown', basis: 'service-only', perYearLevel: 'unknown' }).label).toBe(
      'Service volume only',
    );
    expect(volumeReading({ level: 'unknown', basis: 'none', perYearLevel: 'unknown' }).label).toBe('Unknown');
  });
});

describe('programListSummary', () => {
  it('counts flags and open questions for a program with only a departmental figure', () => {
    const program = makeProgram('Service only', (p) => {
      p.volumeFigures = [figure('departmental-annual', 9000)];
    });
    const summary = programListSummary(program);
    expect(summary.volume.label).toBe('Service volume only');
    expect(summary.redFlags).toBeGreaterThanOrEqual(1);
    expect(summary.openQuestions).toBeGreaterThan(0);
  });

  it('reads a resident graduation total of 1,800 as strong', () => {
    const program = makeProgram('Strong', (p) => {
      p.volumeFigures = [figure('departmental-annual', 9000), figure('resident-graduation-total', 1800)];
    });
    const summary = programListSummary(program);
    expect(summary.volume).toEqual({ label: 'Strong (resident-level)', tone: 'good' });
    expect(summary.greenFlags).toBeGreaterThanOrEqual(1);
  });
});
