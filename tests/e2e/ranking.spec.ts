import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { heavyDocument } from '../../scripts/bench/heavy-profile';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

async function openRanking(page: Page) {
  await gotoSection(page, 'Ranking & signals');
  await expect(page.getByRole('heading', { name: 'Ranking & signals' })).toBeVisible();
}

const rankItems = (page: Page) => page.getByRole('list', { name: 'Your rank list' }).getByTestId('rank-item');

test('the applicant reorders the rank list, by button and by keyboard, and finds it saved after a restart', async ({ page, openApp }) => {
  test.slow(); // restarts the preview, which is slow on a busy machine
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  await page.getByRole('tab', { name: 'Rank list' }).click();
  await expect(page.getByText('Rank in your true order of preference')).toBeVisible();
  await expect(rankItems(page).first()).toContainText('Lakeshore University Medical Center IR');
  await expect(rankItems(page).nth(1)).toContainText('Northfield University IR');

  await page.getByRole('button', { name: 'Move Lakeshore University Medical Center IR (fictional) down' }).click();
  await expect(rankItems(page).first()).toContainText('Northfield University IR');
  await expect(rankItems(page).nth(1)).toContainText('Lakeshore University Medical Center IR');
  await expect(page.getByTestId('rank-save-state')).toHaveText('Saved');

  // Keyboard drag: pick up Cedar Hollow (11th), move it up two places, drop it.
  const handle = page.getByRole('button', { name: 'Drag Cedar Hollow Community IR (fictional)' });
  const announced = (text: string) => expect(page.getByText(text, { exact: true })).toBeAttached();
  await handle.focus();
  // Each key waits for dnd-kit's screen-reader announcement, so a busy machine cannot drop keys mid-drag.
  await page.keyboard.press('Space');
  await announced('Cedar Hollow Community IR (fictional) is over place 11.');
  await page.keyboard.press('ArrowUp');
  await announced('Cedar Hollow Community IR (fictional) is over place 10.');
  await page.keyboard.press('ArrowUp');
  await announced('Cedar Hollow Community IR (fictional) is over place 9.');
  await page.keyboard.press('Space');
  await expect(rankItems(page).nth(8)).toContainText('Cedar Hollow Community IR');
  await expect(page.getByTestId('rank-save-state')).toHaveText('Saved');

  await openApp({ hash: '#/ranking' });
  await page.getByRole('tab', { name: 'Rank list' }).click();
  await expect(rankItems(page).first()).toContainText('Northfield University IR');
  await expect(rankItems(page).nth(1)).toContainText('Lakeshore University Medical Center IR');
  await expect(rankItems(page).nth(8)).toContainText('Cedar Hollow Community IR');
  await expect(rankItems(page)).toHaveCount(12);
});

test('a long rank list scrolls in its own box, and moving or dragging reaches programs out of view', async ({ page, openApp, dataDir }) => {
  test.slow(); // 120 programs, each move saved
  const dataFile = join(dataDir, 'ir-match-planner.json');
  await writeFile(dataFile, JSON.stringify(heavyDocument({ procedures: 0, experiences: 0, programs: 120 })));
  await openApp({ hash: '#/ranking' });
  await page.getByRole('tab', { name: 'Rank list' }).click();
  const items = rankItems(page);
  await expect(items.first()).toContainText('Program 000');
  await expect(items.first()).toHaveAttribute('aria-setsize', '120');
  expect(await items.count()).toBeLessThan(40); // only the programs in view (and a few past the edge)
  const savedOrder = async () => (JSON.parse(await readFile(dataFile, 'utf8')) as { shortlist: { rankOrder: string[] } }).shortlist.rankOrder;

  // Moved down fifteen places with its button, the program stays in view and keeps the focus.
  const moveDown = page.getByRole('button', { name: 'Move Program 011 down' });
  await moveDown.focus();
  for (let place = 13; place <= 27; place += 1) {
    await page.keyboard.press('Enter');
    await expect(items.filter({ hasText: 'Program 011' })).toHaveAttribute('aria-posinset', String(place));
  }
  await expect(moveDown).toBeFocused();
  await expect(moveDown).toBeInViewport();
  await expect(page.getByTestId('rank-save-state')).toHaveText('Saved');
  expect((await savedOrder()).indexOf('program-11')).toBe(26);

  // A keyboard drag past the bottom of the box scrolls it along.
  await page.getByTestId('rank-list-scroll').evaluate((box) => box.scrollTo({ top: 0 }));
  const handle = page.getByRole('button', { name: 'Drag Program 002' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Program 002 is over place 3.', { exact: true })).toBeAttached();
  for (let place = 4; place <= 20; place += 1) {
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText(`Program 002 is over place ${place}.`, { exact: true })).toBeAttached();
  }
  await page.keyboard.press('Space');
  await expect(items.filter({ hasText: 'Program 002' })).toHaveAttribute('aria-posinset', '20');
  await expect(items.filter({ hasText: 'Program 002' })).toBeInViewport();
  await expect(page.getByTestId('rank-save-state')).toHaveText('Saved');
  const order = await savedOrder();
  expect(order.indexOf('program-2')).toBe(19);
  expect(new Set(order).size).toBe(120);
});

test('changing a weight re-ranks the programs and is saved', async ({ page, openApp }) => {
  test.slow(); // restarts the preview, which is slow on a busy machine
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  const first = page.getByTestId('computed-row').first();
  await expect(first).toContainText('#1');
  await expect(first).toContainText('Northfield University IR');
  await expect(first.getByTestId('computed-score')).toHaveText('88.0');

  // Ignoring advanced work lets the program with early autonomy overtake.
  const slider = page.getByRole('slider', { name: 'Weight for Advanced (high-yield) work' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await expect(first).toContainText('Mesa Verde Regional IR');
  await expect(first.getByTestId('computed-score')).not.toHaveText('88.0');
  await expect(page.getByTestId('weights-save-state')).toHaveText('Saved');

  // Each factor's share of the score is shown, with unknowns marked as neutral.
  await page.getByRole('button', { name: /^#5 Coastal Bay University IR/ }).click();
  const breakdown = page.getByRole('table', { name: 'Score breakdown for Coastal Bay University IR (fictional)' });
  await expect(breakdown.getByText('Unknown · counted as 50%').first()).toBeVisible();

  await openApp({ hash: '#/ranking' });
  await expect(page.getByRole('slider', { name: 'Weight for Advanced (high-yield) work' })).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByTestId('computed-row').first()).toContainText('Mesa Verde Regional IR');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByTestId('computed-row').first()).toContainText('Northfield University IR');
});

test('the stability test reports how often each program keeps its place', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  await page.getByRole('button', { name: 'Run stability test' }).click();
  const results = page.getByRole('table', { name: 'Stability test results' });
  // The sample's twelve programs less the one it has withdrawn, and the header row.
  await expect(results.getByRole('row')).toHaveCount(12);
  const shares = await results.getByTestId('kept-share').allTextContents();
  expect(shares).toHaveLength(11);
  for (const share of shares) expect(share).toMatch(/^\d{1,3}%$/);
  await expect(results.getByRole('row').nth(1)).toContainText(/#1 to #\d|always #1/);
});

test('two programs compare side by side', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: 'Programs to compare' }).click();
  await page.getByRole('option', { name: 'Northfield University IR (fictional)' }).click();
  await page.getByRole('option', { name: 'Harbor City Medical Center IR (fictional)' }).click();
  await page.keyboard.press('Escape');

  const table = page.getByRole('table', { name: 'Program comparison' });
  await expect(table.getByRole('columnheader', { name: 'Northfield University IR (fictional)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Harbor City Medical Center IR (fictional)' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Case volume/ })).toContainText('Service volume only');
  await expect(table.getByRole('row', { name: /Case volume/ })).toContainText('1,800 by graduation');
  await expect(table.getByRole('row', { name: /Warning signs/ })).toContainText('Residents rarely lead the advanced cases');
  await expect(table.getByRole('row', { name: /Hands-on autonomy/ })).toBeVisible();
});

test('the case-mix heatmap marks the categories thin in the applicant’s own log', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  await page.getByRole('tab', { name: 'Case mix' }).click();
  const heatmap = page.getByRole('table', { name: 'Case mix heatmap' });
  await expect(heatmap.getByRole('row')).toHaveCount(12); // header + eleven programs (one is withdrawn)
  await expect(heatmap.getByLabel(/Portal \/ hepatic: thin in your log/)).toBeVisible();
  await expect(heatmap.getByRole('cell', { name: 'Cedar Hollow Community IR (fictional), Arterial: Not done here' })).toBeVisible();
});

test('signalling past a lowered limit shows a warning', async ({ page, openApp }) => {
  test.slow(); // restarts the preview, which is slow on a busy machine
  await openApp();
  await loadSampleApplicant(page);
  await openRanking(page);
  await page.getByRole('tab', { name: 'Signals' }).click();
  await expect(page.getByText('Numbers change every cycle; check ERAS')).toBeVisible();
  await expect(page.getByText('No active preliminary or transitional application is tracked for this program.')).toBeVisible();
  await expect(page.getByText('Mesa Verde Regional Internal Medicine Preliminary (fictional)')).toBeVisible();

  await page.getByRole('textbox', { name: 'Gold signals' }).fill('1');
  await page.getByRole('button', { name: 'Save signal settings' }).click();
  await expect(page.getByText('Signal settings saved')).toBeVisible();
  await expect(page.getByText('Gold: 1 of 1')).toBeVisible();

  const lakeshore = page.getByRole('radiogroup', { name: 'Signal for Lakeshore University Medical Center IR (fictional)' });
  await lakeshore.getByText('Gold', { exact: true }).click();
  await expect(page.getByText('You have marked 2 gold signals, but only 1 is left in the 2025 cycle. Remove 1.')).toBeVisible();
  await expect(page.getByTestId('signals-save-state')).toHaveText('Saved');

  // Saved: the warning is still there after a restart, and goes once a gold signal is removed.
  await openApp({ hash: '#/ranking' });
  await page.getByRole('tab', { name: 'Signals' }).click();
  await expect(page.getByText('You have marked 2 gold signals')).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Signal for Lakeshore University Medical Center IR (fictional)' })
    .getByText('None', { exact: true })
    .click();
  await expect(page.getByText('You have marked 2 gold signals')).toBeHidden();
});
