import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../shared/document-loading';
import { evaluateProgram } from '../../../shared/programs/evaluation';
import { completeRankOrder } from '../../../shared/programs/rank-list';
import { prelimPairing } from '../../../shared/programs/signal-usage';
import { signalWarnings } from '../../../shared/programs/signals';

const samplePath = resolve(import.meta.dirname, '../../../resources/sample/sample-applicant.json');

function loadSample() {
  const loaded = loadDocument(JSON.parse(readFileSync(samplePath, 'utf8')), new Date('2026-12-01T00:00:00Z'));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.doc.shortlist;
}

describe('the shipped sample shortlist', () => {
  const shortlist = loadSample();
  const evaluations = shortlist.programs.map((program) => evaluateProgram(program));
  const withRedFlag = (id: string) => evaluations.filter((e) => e.flags.red.some((f) => f.id === id));

  it('loads, with about a dozen clearly fictional programs', () => {
    expect(shortlist.programs.length).toBeGreaterThanOrEqual(10);
    expect(shortlist.programs.every((p) => p.name.includes('(fictional)'))).toBe(true);
  });

  it('ranks every program exactly once', () => {
    expect(completeRankOrder(shortlist.rankOrder, shortlist.programs)).toEqual(shortlist.rankOrder);
  });

  it('shows each kind of volume claim', () => {
    expect(withRedFlag('service-volume-only').length).toBeGreaterThanOrEqual(1);
    expect(evaluations.filter((e) => e.caseVolume.level === 'strong').length).toBeGreaterThanOrEqual(2);
    expect(evaluations.some((e) => e.caseVolume.level === 'below-floor')).toBe(true);
    expect(evaluations.some((e) => e.estimate !== null)).toBe(true);
  });

  it('has one crowded service, one with early autonomy and one with no advanced work', () => {
    const crowded = evaluations.filter((e) => e.competition.level === 'heavy');
    expect(crowded.some((e) => e.flags.red.some((f) => f.id === 'heavy-fellow-competition'))).toBe(true);
    expect(withRedFlag('heavy-app-competition').length).toBeGreaterThanOrEqual(1);
    expect(evaluations.some((e) => e.autonomy.level === 'early')).toBe(true);
    expect(withRedFlag('no-advanced-case-mix').length).toBeGreaterThanOrEqual(1);
  });

  it('has specific, vague and evasive interview answers', () => {
    const clarities = new Set(shortlist.programs.flatMap((p) => p.answers.map((a) => a.clarity)));
    expect([...clarities].sort()).toEqual(['evasive', 'specific', 'vague']);
  });

  it('varies IMG openness, statuses and institutional context', () => {
    expect(new Set(evaluations.map((e) => e.imgFriendliness.level)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(shortlist.programs.map((p) => p.status)).size).toBeGreaterThanOrEqual(4);
    for (const field of ['level1Trauma', 'nciCancerCenter', 'transplantCenter'] as const) {
      expect(new Set(shortlist.programs.map((p) => p.institutionalContext[field])).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('pairs one advanced-position program with a preliminary year and leaves another unpaired', () => {
    const pairings = shortlist.programs.map(prelimPairing).filter((p) => p !== null);
    expect(pairings.some((p) => !p.missing)).toBe(true);
    expect(pairings.some((p) => p.missing)).toBe(true);
  });

  it('has a couple of signals, within the limits', () => {
    expect(shortlist.signals.length).toBeGreaterThanOrEqual(2);
    expect(signalWarnings(shortlist.signals, shortlist.signalSettings)).toEqual([]);
  });
});
