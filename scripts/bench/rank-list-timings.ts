// The ranking page's "Rank list" tab over the heavy profile's 400 programs: opening the tab, and
// moving a program one place with its arrow button. For reference (the issue sets no goal); each
// time runs from the click's own timestamp to the frame after the rank list changed.
import type { Browser, Page } from 'playwright-core';
import { actionSettled, installActionProbe, KEEP_NAMES_SHIM, RANK_LIST, type ActionProbe } from './page-probes';
import { percentile } from './stats';

const RUNS = 3;
const MOVES = 5;
const QUIET_MS = 300;

export interface RankListTimings {
  openTab: number;
  move: number;
  programs: number;
}

async function timeClick(page: Page, click: () => Promise<void>): Promise<number> {
  await click();
  await page.waitForFunction(actionSettled, QUIET_MS, { timeout: 30_000, polling: 50 });
  return page.evaluate(() => {
    const probe = window.__irmpAction as ActionProbe;
    return probe.paintedAt - probe.at;
  });
}

export async function measureRankList(browser: Browser, baseUrl: string): Promise<RankListTimings> {
  const opens: number[] = [];
  const moves: number[] = [];
  let programs = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript(KEEP_NAMES_SHIM);
    await context.addInitScript(installActionProbe, { event: 'click' as const, target: null, watched: RANK_LIST });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/ranking`);
    const tab = page.getByRole('tab', { name: 'Rank list' });
    await tab.waitFor();
    await page.waitForTimeout(1_000); // the page has opened; the tab is what is measured
    opens.push(await timeClick(page, () => tab.click()));
    const list = page.locator(RANK_LIST);
    // Only the items in view are in the page; each says how many there are.
    programs = Number(await list.getByTestId('rank-item').first().getAttribute('aria-setsize'));
    for (let move = 0; move < MOVES; move += 1) {
      // A different program in view each time, one place down: the list is the same length throughout.
      moves.push(await timeClick(page, () => list.getByRole('button', { name: /^Move .+ down$/ }).nth(move % 10).click()));
    }
    await context.close();
  }
  return { openTab: percentile(opens, 50), move: percentile(moves, 50), programs };
}
