// Browser timings for the benchmark: the real renderer in Chromium through the bridge.
// Every figure is read from the page's own clock (see page-probes.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBridge } from '../../electron/bridge/server';
import { Store } from '../../electron/core/store';
import type { AppDocument } from '../../shared/schema/document';
import { actionSettled, installActionProbe, installFirstRowProbe, KEEP_NAMES_SHIM, PROCEDURE_ROW, type ActionProbe, type FirstRowProbe } from './page-probes';
import { measureRankList } from './rank-list-timings';
import { describeSections, measureSections } from './section-timings';
import { ms, percentile } from './stats';

export interface UiFigure {
  what: string;
  result: string;
  floor: string;
  goal: string;
}

const OPEN_RUNS = 10;
const SECTIONS = ['dashboard', 'exposure', 'profile', 'experiences', 'procedures', 'programs', 'ranking', 'statement', 'eras', 'settings'];
const SEARCH_INPUT = '[role="search"][aria-label="Filter the log"] input[placeholder^="Procedure, attending"]';
/** An empty log has no rows; its count line shows once the page has its data. */
const LOG_COUNT = '[data-testid="procedure-log-count"]';
/** What a filter key changes: the rows and the count line. */
const WATCHED = '[data-testid="procedure-log-scroll"], [data-testid="procedure-log-count"]';
/** Keys typed into the search box, one measurement each: a word, erased, then another. */
const KEYS = [...'celiac', ...Array<string>(6).fill('Backspace'), ...'attending 2'];


export async function measureUi(rendererDir: string, doc: AppDocument): Promise<{ figures: UiFigure[]; browser: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'irmp-bench-ui-'));
  const seed = await Store.open({ dataDir });
  await seed.replace(doc, 'pre-import');
  await seed.close();
  const bridge = await startBridge({ dataDir, rendererDir, version: 'bench' });
  // The floor: the same page over an empty log, in the same run.
  const emptyDir = await mkdtemp(join(tmpdir(), 'irmp-bench-ui-empty-'));
  const emptyBridge = await startBridge({ dataDir: emptyDir, rendererDir, version: 'bench' });
  const browser = await launchBenchBrowser();
  try {
    const url = `${bridge.url}#/procedures`;
    const { log: open, floor: empty } = await measureOpens(browser, {
      log: { url, selector: PROCEDURE_ROW },
      floor: { url: `${emptyBridge.url}#/procedures`, selector: LOG_COUNT },
    });
    const page = await openPage(browser, url, PROCEDURE_ROW);
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/.+\.(js|css)$/.test(entry.name))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    const keys = await measureKeystrokes(page);
    const count = doc.procedures.length;
    const figures: UiFigure[] = [
      {
        what: `Open the app to the procedure list painted (${count} entries, fresh browser context, from navigation start), median of ${OPEN_RUNS}`,
        result: `${ms(percentile(open.painted, 50))} (rows in DOM ${ms(percentile(open.rows, 50))})`,
        floor: `${ms(percentile(empty.painted, 50))} (the same page over an empty log)`,
        goal: '≤ 500 ms',
      },
      {
        what: `Filter the ${count}-row log: keystroke to updated rows in the DOM, p50 / p95 / max of ${keys.updated.length} keys`,
        result: `${ms(percentile(keys.updated, 50))} / ${ms(percentile(keys.updated, 95))} / ${ms(Math.max(...keys.updated))}`,
        floor: '',
        goal: 'within one 16 ms frame',
      },
      {
        what: `Filter the ${count}-row log: keystroke to the next frame painted after the update (includes waiting for that frame), p50 / p95 / max`,
        result: `${ms(percentile(keys.painted, 50))} / ${ms(percentile(keys.painted, 95))} / ${ms(Math.max(...keys.painted))}`,
        floor: '',
        goal: 'on screen in the next frame',
      },
    ];
    const sections = await measureSections(browser, bridge.url, SECTIONS);
    figures.push({
      what: `Open each section cold over the same profile: last DOM change, median of 3 (elements on the page)`,
      result: describeSections(sections),
      floor: '',
      goal: 'for reference',
    });
    const rankList = await measureRankList(browser, bridge.url);
    figures.push({
      what: `Ranking page, ${rankList.programs} programs: click to the rank list on screen, median of 3 (opening its tab) and of 15 (moving a program one place with its arrow button)`,
      result: `open the tab ${ms(rankList.openTab)}; move ${ms(rankList.move)}`,
      floor: '',
      goal: 'for reference',
    });
    figures.push({
      what: 'Renderer code loaded to show the procedure log (JS + CSS)',
      result: `${(loaded / 1e6).toFixed(2)} MB raw`,
      floor: '',
      goal: 'only what the first screen needs',
    });
    return { figures, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
    await bridge.close();
    await emptyBridge.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(emptyDir, { recursive: true, force: true });
  }
}

/** Debian's Chromium where it is installed (as in CI), else Playwright's own. */
export function launchBenchBrowser(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (no cache) with the first-row probe, opened at `url` and waited on until the row is painted. */
export async function openPage(browser: Browser, url: string, selector: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(KEEP_NAMES_SHIM);
  await context.addInitScript(installFirstRowProbe, selector);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.__irmpFirstRow?.paintedAt ?? -1) >= 0, undefined, { timeout: 30_000 });
  return page;
}

/**
 * Each run opens a fresh context (no cache, no warm JIT for the page), as a cold start of the
 * window would. The targets (the heavy profile and its empty-log floor) take turns, so a busy
 * moment of the machine falls on both alike.
 */
async function measureOpens(browser: Browser, targets: Record<'log' | 'floor', OpenTarget>): Promise<Record<'log' | 'floor', OpenTimes>> {
  const results: Record<'log' | 'floor', OpenTimes> = { log: { rows: [], painted: [] }, floor: { rows: [], painted: [] } };
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    for (const which of ['log', 'floor'] as const) {
      const page = await openPage(browser, targets[which].url, targets[which].selector);
      const probe = await page.evaluate(() => window.__irmpFirstRow as FirstRowProbe);
      results[which].rows.push(probe.rowAt);
      results[which].painted.push(probe.paintedAt);
      await page.context().close();
    }
  }
  return results;
}

interface OpenTarget {
  url: string;
  selector: string;
}

interface OpenTimes {
  rows: number[];
  painted: number[];
}

/**
 * For each key: keydown (its own timestamp) to the log's last DOM change (`updated`), and to the
 * frame after it (`painted`). Keys that change nothing are skipped.
 */
export async function measureKeystrokes(page: Page): Promise<{ updated: number[]; painted: number[] }> {
  await page.locator(SEARCH_INPUT).focus();
  await page.evaluate(installActionProbe, { event: 'keydown' as const, target: SEARCH_INPUT, watched: WATCHED });
  const updated: number[] = [];
  const painted: number[] = [];
  for (const key of KEYS) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    const settled = await page
      .waitForFunction(actionSettled, 150, { timeout: 2_000, polling: 50 })
      .then(() => true)
      .catch(() => false);
    if (!settled) continue;
    const probe = await page.evaluate(() => window.__irmpAction as ActionProbe);
    updated.push(probe.changedAt - probe.at);
    painted.push(probe.paintedAt - probe.at);
  }
  if (painted.length === 0) throw new Error('No keystroke changed the log');
  return { updated, painted };
}
