import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../../scripts/crash/crash-test';

// Each kill starts a real worker process that saves through the real Store, so
// this takes seconds; the time limits are generous and nothing asserts on time.
describe('crash test: SIGKILL during saves', () => {
  it('15 kills lose no acknowledged save and leave a file that opens every time', async () => {
    const lines: string[] = [];
    const report = await runCrashTest({ kills: 15, maxMs: 240_000, seed: 15, log: (line) => lines.push(line) });
    expect(report, lines.join('\n')).toMatchObject({ kills: 15, lostSaves: 0, unreadableFiles: 0, invalidFiles: 0 });
    // The kills landed while saves were happening, not only before the first one.
    expect(report.acknowledgedSaves).toBeGreaterThan(0);
  }, 300_000);
});
