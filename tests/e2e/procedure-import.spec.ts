import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect as baseExpect, gotoSection, loadSampleApplicant, test } from './support/fixtures';
import { importCsvText, logCount } from './support/procedure-csv';

// Importing the app's own export: nothing is added twice, and a confirmed entry can come back.

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });


async function exportLog(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Procedure log' }).click()]);
  return readFile((await download.path())!, 'utf8');
}


test('importing the exported log again adds nothing unless asked, and only new rows of a longer file', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Procedure log');
  await expect(logCount(page)).toHaveText('152 entries');

  const exported = await exportLog(page);
  const dialog = await importCsvText(page, 'same-log.csv', exported);
  await expect(dialog.getByText('0 rows are ready to import')).toBeVisible();
  await expect(dialog.getByTestId('rows-in-log')).toContainText('152 rows are already in your log and will be skipped');
  await expect(dialog.getByRole('button', { name: 'Import 0 valid entries' })).toBeDisabled();

  // The copies can be had on purpose.
  await dialog.getByRole('checkbox', { name: 'Import them anyway, as extra entries' }).check();
  await expect(dialog.getByTestId('rows-in-log')).toContainText('152 rows already in your log will be imported again');
  await expect(dialog.getByText('152 rows are ready to import')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Import them anyway, as extra entries' }).uncheck();

  // A corrected file imported again: only the new row goes in.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const longer = `${exported.trimEnd()}\r\n2026-02-14,Oncology,TACE,Observed,,,,Dr. Whitford,,,,\r\n`;
  const second = await importCsvText(page, 'longer-log.csv', longer);
  await expect(second.getByText('1 row is ready to import')).toBeVisible();
  await second.getByRole('button', { name: 'Import 1 valid entry' }).click();
  await expect(second).toBeHidden();
  await expect(logCount(page)).toHaveText('153 entries');
});

test('a row that looks like patient data is held back until the user confirms it, then imported', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  const csv = [
    'Date,Procedure,Role,Notes',
    '2026-02-14,TACE,observed,Fellow Dr. Smith called 555-123-4567 for the next case',
    '2026-02-15,Y90,observed,',
  ].join('\n');
  const dialog = await importCsvText(page, 'flagged.csv', csv);
  await expect(dialog.getByText('1 row is ready to import')).toBeVisible();
  const flagged = dialog.getByRole('table', { name: 'Rows that look like patient data' });
  await expect(flagged).toContainText('Notes: phone number');
  await expect(dialog.getByTestId('flagged-rows')).toContainText('1 is held back');

  await flagged.getByRole('checkbox', { name: 'Row 2 is not patient data' }).check();
  await expect(dialog.getByText('2 rows are ready to import')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 valid entries' }).click();
  await expect(dialog).toBeHidden();
  await expect(logCount(page)).toHaveText('2 entries');
});

test('a day-first file: the month-13 row says so, and the Day first setting reads it', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  const csv = ['Date,Procedure,Role', '13/04/2026,TACE,observed'].join('\n');
  const dialog = await importCsvText(page, 'day-first.csv', csv);
  const problems = dialog.getByRole('table', { name: 'Rows that will be skipped' });
  await expect(problems).toContainText('has month 13 when read month first — is this file day first?');

  await dialog.getByRole('button', { name: 'Back to columns' }).click();
  await dialog.getByText('Day first (3 April)').click();
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByText('1 row is ready to import')).toBeVisible();
  await expect(dialog.getByText('Every row could be read.')).toBeVisible();
});
