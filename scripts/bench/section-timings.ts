// Every section opened cold over the heavy profile: when its page stops changing, and how many
// elements it holds. For reference (the issue sets no goal for them); a section far above the
// others is the next one to look at.
import type { Browser } from 'playwright-core';
import { formatCount } from '../../shared/format-count';
import { installLastChangeProbe, sectionSettled } from './page-probes';
import { ms, percentile } from './stats';

const RUNS = 3;
const QUIET_MS = 1_000;

export interface SectionTiming {
  section: string;
  settledMs: number;
  elements: number;
}

export async function measureSections(browser: Browser, baseUrl: string, sections: readonly string[]): Promise<SectionTiming[]> {
  const timings: SectionTiming[] = [];
  for (const section of sections) {
    const settled: number[] = [];
    let elements = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await context.addInitScript(installLastChangeProbe);
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/${section}`);
      await page.waitForFunction(sectionSettled, QUIET_MS, { timeout: 60_000, polling: 100 });
      settled.push(await page.evaluate(() => window.__irmpLastChange ?? 0));
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      await context.close();
    }
    timings.push({ section, settledMs: percentile(settled, 50), elements });
  }
  return timings;
}

export const describeSections = (timings: readonly SectionTiming[]) =>
  timings.map(({ section, settledMs, elements }) => `${section} ${ms(settledMs)} (${formatCount(elements)} elements)`).join('; ');
