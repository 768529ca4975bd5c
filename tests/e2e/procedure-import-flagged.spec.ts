import { expect as baseExpect, gotoSection, test } from './support/fixtures';
import { importCsvText, logCount } from './support/procedure-csv';

// A file with more rows that look like patient data than fit in view: every row can be read and
// confirmed, one by one or all at once, and the rows not confirmed are left out and said so.

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const FLAGGED = 250;

/** Row 2 is plain; rows 3..252 each carry a phone number in the notes. */
function csvWithFlaggedRows(): string {
  const day = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const flagged = Array.from({ length: FLAGGED }, (_, i) => `${day(i)},TACE,observed,Fellow called 555-123-4567 about case ${i + 1}`);
  return ['Date,Procedure,Role,Notes', '2026-01-05,Y90,observed,', ...flagged].join('\n');
}


test('the last of 250 flagged rows can be confirmed on its own, and the rest imported later with one box', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  const csv = csvWithFlaggedRows();

  const dialog = await importCsvText(page, 'many-flagged.csv', csv);
  await expect(dialog.getByText('1 row is ready to import')).toBeVisible();
  await expect(dialog.getByText('250 rows that look like patient data are left out unless you confirm them below.')).toBeVisible();
  const flaggedNote = dialog.getByTestId('flagged-rows');
  await expect(flaggedNote).toContainText('250 rows look like they contain patient data');
  await expect(flaggedNote).toContainText('250 are held back and will be left out.');

  // The last row is in the list: scroll to it and confirm just that one.
  const list = dialog.getByTestId('flagged-rows-scroll');
  const lastRow = list.getByRole('checkbox', { name: 'Row 252 is not patient data' });
  await expect(async () => {
    await list.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    await expect(lastRow).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(list).toContainText('about case 250');
  await lastRow.check();
  await expect(flaggedNote).toContainText('1 confirmed as not patient data will be imported; 249 are held back and will be left out.');
  await expect(dialog.getByText('2 rows are ready to import')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 valid entries' }).click();
  await expect(dialog).toBeHidden();
  await expect(logCount(page)).toHaveText('2 entries');

  // The same file again: the two rows now in the log are skipped, and the other 249 go in at once.
  const again = await importCsvText(page, 'many-flagged-again.csv', csv);
  await expect(again.getByTestId('rows-in-log')).toContainText('2 rows are already in your log and will be skipped');
  // Asked to import them again, the one that looks like patient data still waits for a confirmation.
  const anyway = again.getByRole('checkbox', { name: 'Import them anyway, as extra entries' });
  await anyway.check();
  await expect(again.getByTestId('rows-in-log')).toContainText(
    '1 of the 2 rows already in your log will be imported again; 1 looks like patient data and waits for your confirmation below',
  );
  await anyway.uncheck();
  await expect(again.getByText('0 rows are ready to import')).toBeVisible();
  const all = again.getByRole('checkbox', { name: 'All 249 flagged rows are not patient data' });
  await all.check();
  await expect(again.getByTestId('flagged-rows')).toContainText('You confirmed all 249 are not patient data, so they will be imported.');
  await expect(again.getByRole('checkbox', { name: 'Row 3 is not patient data' })).toBeChecked();

  // Taking one back leaves exactly that row out.
  await again.getByRole('checkbox', { name: 'Row 3 is not patient data' }).uncheck();
  await expect(all).not.toBeChecked();
  await expect(again.getByTestId('flagged-rows')).toContainText('248 confirmed as not patient data will be imported; 1 is held back and will be left out.');
  await again.getByRole('button', { name: 'Import 248 valid entries' }).click();
  await expect(again).toBeHidden();
  await expect(logCount(page)).toHaveText('250 entries');
});

test('unticking the box for all flagged rows confirms none of them, and none are imported', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  const dialog = await importCsvText(page, 'many-flagged.csv', csvWithFlaggedRows());
  const all = dialog.getByRole('checkbox', { name: 'All 250 flagged rows are not patient data' });
  await all.check();
  await expect(dialog.getByText('251 rows are ready to import')).toBeVisible();
  await all.uncheck();
  await expect(dialog.getByTestId('flagged-rows')).toContainText('250 are held back and will be left out.');
  await expect(dialog.getByRole('checkbox', { name: 'Row 3 is not patient data' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Import 1 valid entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(logCount(page)).toHaveText('1 entry');
});
