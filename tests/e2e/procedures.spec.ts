import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EXPERIENCE_CSV_HEADERS, PROCEDURE_CSV_HEADERS } from '../../shared/exposure/exposure-csv-export';
import { parseCsv } from '../../shared/exposure/procedure-csv';
import { expect as baseExpect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

// The sample applicant: 152 logged cases, 17 of them TACE, and a Lakeshore observership.
// 2026-02-14 and 2026-02-15 hold no sample cases, so rows on those days are the test's own.

// Each test starts its own preview and loads the sample; on a busy machine that and each save take a while.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const quickForm = (page: Page) => page.getByRole('form', { name: 'Log a case' });
const filters = (page: Page) => page.getByRole('search', { name: 'Filter the log' });
const logCount = (page: Page) => page.getByTestId('procedure-log-count');
const logTable = (page: Page) => page.getByRole('table', { name: 'Procedure log' });
/** Data rows only: the header row is the first row of the table. */
const dataRows = (page: Page) => logTable(page).locator('tbody tr[aria-rowindex]');

async function openSampleLog(page: Page, openApp: () => Promise<unknown>) {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Procedure log');
  await expect(logCount(page)).toHaveText('152 entries');
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, typed: string, option: RegExp) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

async function filterToDay(page: Page, day: string) {
  await filters(page).getByRole('textbox', { name: 'From' }).fill(day);
  await filters(page).getByRole('textbox', { name: 'To' }).fill(day);
}

test('quick-logs three TACE cases at the observership, finds them by filter, and keeps them after a restart', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  const form = quickForm(page);
  await choose(page, form, 'Procedure', 'tace', /^Chemoembolization/);
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-02-14');
  await form.getByRole('textbox', { name: /How many cases/ }).fill('3');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByText('Fluoroscopy').click();
  await choose(page, form, 'During which experience', 'lakeshore', /^Interventional radiology observership/);
  await form.getByRole('textbox', { name: 'Attending' }).fill('Dr. Whitford');
  await form.getByRole('button', { name: 'Log 3 cases' }).click();

  await expect(page.getByText('Logged 3 × Chemoembolization')).toBeVisible();
  await expect(logCount(page)).toHaveText('155 entries');

  await choose(page, filters(page), 'Procedure', 'chemo', /^Chemoembolization/);
  await expect(logCount(page)).toHaveText('20 of 155 entries');
  await filterToDay(page, '2026-02-14');
  await expect(logCount(page)).toHaveText('3 of 155 entries');
  await expect(dataRows(page)).toHaveCount(3);
  for (const row of await dataRows(page).all()) {
    await expect(row).toContainText('Chemoembolization');
    await expect(row).toContainText('Interventional radiology observership');
    await expect(row).toContainText('Lakeshore University Medical Center');
    await expect(row).toContainText('Dr. Whitford');
  }

  // The experience is remembered for the next case.
  await expect(form.getByRole('combobox', { name: 'During which experience' })).toHaveValue(/^Interventional radiology observership/);

  // What stays for the next case is not a case: leaving does not ask.
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(ask).toBeHidden();
  await gotoSection(page, 'Procedure log');
  // A case begun and not logged is not dropped by a look elsewhere without asking.
  await choose(page, form, 'Procedure', 'tips', /^Transjugular intrahepatic/);
  await gotoSection(page, 'Dashboard');
  await expect(ask).toContainText('Your changes to the case you were logging are not saved');
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(form.getByRole('combobox', { name: 'Procedure' })).toHaveValue(/^Transjugular intrahepatic/);
  await gotoSection(page, 'Dashboard');
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');

  await openApp();
  await gotoSection(page, 'Procedure log');
  await expect(logCount(page)).toHaveText('155 entries');
  await filterToDay(page, '2026-02-14');
  await expect(dataRows(page)).toHaveCount(3);
});

test('warns before saving a patient identifier, and not for a clean reflection', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  const form = quickForm(page);
  await choose(page, form, 'Procedure', 'y90', /^Radioembolization/);
  await form.getByRole('radio', { name: 'Assisted' }).check();
  await form.getByRole('button', { name: /Reflections and notes/ }).click();
  await form.getByRole('textbox', { name: 'What I learned' }).fill('pt John Smith, MRN 1234567 had a lung shunt study first');
  await form.getByRole('button', { name: 'Log case' }).click();

  const warning = form.getByRole('alert');
  await expect(warning).toContainText('This may identify a patient');
  await expect(warning.locator('[data-identifier="mrn"]')).toHaveText('MRN 1234567');
  await expect(logCount(page)).toHaveText('152 entries');

  await form.getByRole('textbox', { name: 'What I learned' }).fill('a 65-year-old with HCC underwent TACE on 3 March; Y90 was planned after a lung shunt study');
  await form.getByRole('button', { name: 'Log case' }).click();
  await expect(logCount(page)).toHaveText('153 entries');
  await expect(form.getByRole('alert')).toHaveCount(0);

  await filters(page).getByRole('textbox', { name: 'Search' }).fill('lung shunt');
  await expect(logCount(page)).toHaveText('1 of 153 entries');
});

test('deletes one entry or several and brings them back with Undo', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  await filterToDay(page, '2026-02-12');
  await expect(dataRows(page)).toHaveCount(4);

  await dataRows(page).first().getByRole('button', { name: /^Delete / }).click();
  await expect(logCount(page)).toHaveText('3 of 151 entries');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored 1 entry')).toBeVisible();
  await expect(logCount(page)).toHaveText('4 of 152 entries');

  await logTable(page).getByRole('checkbox', { name: 'Select all shown entries' }).check();
  await page.getByRole('button', { name: 'Delete 4 selected' }).click();
  await expect(page.getByText('4 entries deleted')).toBeVisible();
  await expect(logCount(page)).toHaveText('0 of 148 entries');
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(logCount(page)).toHaveText('4 of 152 entries');

  // From the keyboard: once an entry is deleted, focus leaves the row (which now shows the next
  // entry), so pressing Enter again deletes nothing more.
  await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
  await dataRows(page).first().getByRole('button', { name: /^Delete / }).focus();
  await page.keyboard.press('Enter');
  await expect(logCount(page)).toHaveText('3 of 151 entries');
  await expect(page.getByRole('heading', { name: 'Your log' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(logCount(page)).toHaveText('4 of 152 entries');
});

test('sorts by a column header, both ways', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  const header = logTable(page).getByRole('columnheader', { name: /^Procedure/ });
  const firstProcedure = dataRows(page).first().locator('td').nth(2);

  await expect(logTable(page).getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(dataRows(page).first()).toContainText('2026-05-01');

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstProcedure).toHaveText(/^Chemoembolization/);

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstProcedure).toHaveText(/^Vertebral augmentation/);
});

test('exports the log and the experiences as CSV', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);

  const exportCsv = async (item: string) => {
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    return { name: download.suggestedFilename(), text };
  };

  const log = await exportCsv('Procedure log');
  expect(log.name).toMatch(/^procedure-log-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(log.text.startsWith('\uFEFF')).toBe(true);
  const parsedLog = parseCsv(log.text);
  if (!parsedLog.ok) throw new Error(parsedLog.error.message);
  expect(parsedLog.value.headers).toEqual([...PROCEDURE_CSV_HEADERS]);
  expect(parsedLog.value.rows).toHaveLength(152);

  const experiences = await exportCsv('Experiences');
  const parsedExperiences = parseCsv(experiences.text);
  if (!parsedExperiences.ok) throw new Error(parsedExperiences.error.message);
  expect(parsedExperiences.value.headers).toEqual([...EXPERIENCE_CSV_HEADERS]);
  expect(parsedExperiences.value.rows).toHaveLength(7);
});

test('a slash date that could be day first is read month first, and the preview says so before importing', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  const csv = ['Date,Procedure,Role', '03/04/2026,TACE,observed', '04/15/2026,TACE,observed'].join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'day-first.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import day-first.csv' });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByText('2 rows are ready to import')).toBeVisible();
  await expect(dialog.getByTestId('month-first-dates')).toContainText('1 date written with slashes was read the US way, month first: 03/04/2026 as March 4, 2026.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(logCount(page)).toHaveText('152 entries');
});

test('imports a spreadsheet: reports the bad row in plain words and adds only the good one', async ({ page, openApp }) => {
  await openSampleLog(page, openApp);
  const csv = [
    'Case date,Procedure name,My role,Rotation,Attending,Comments',
    '2026-02-15,Gastric balloon wizardry,observed,,Dr. Marsh,',
    '02/15/2026,TACE,assisted,Interventional radiology observership,Dr. Whitford,Imported from my spreadsheet',
  ].join('\n');
  const file = { name: 'my-log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };

  // Cancelling changes nothing.
  await page.locator('input[type="file"]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import my-log.csv' });
  await expect(dialog.getByRole('combobox', { name: 'Column for Date' })).toHaveValue('A · Case date');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(logCount(page)).toHaveText('152 entries');

  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(dialog.getByRole('combobox', { name: 'Column for Procedure' })).toHaveValue('B · Procedure name');
  await expect(dialog.getByRole('combobox', { name: 'Column for Role' })).toHaveValue('C · My role');
  await expect(dialog.getByRole('combobox', { name: 'Column for Experience' })).toHaveValue('D · Rotation');
  await expect(dialog.getByRole('combobox', { name: 'Column for Notes' })).toHaveValue('F · Comments');
  await dialog.getByRole('button', { name: 'Check rows' }).click();

  await expect(dialog.getByText('1 row is ready to import')).toBeVisible();
  const problems = dialog.getByRole('table', { name: 'Rows that will be skipped' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toContainText('2');
  await expect(problems).toContainText(
    "'Gastric balloon wizardry' is not a procedure in the taxonomy — pick a listed one or add it as your own procedure first",
  );
  await dialog.getByRole('button', { name: 'Import 1 valid entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 1 entry')).toBeVisible();
  await expect(logCount(page)).toHaveText('153 entries');

  await filterToDay(page, '2026-02-15');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Chemoembolization');
  await expect(dataRows(page).first()).toContainText('Assisted');
  await expect(dataRows(page).first()).toContainText('Dr. Whitford');
});

test('keeps a 5,000-case log usable: imports it, renders only the rows in view, scrolls to the end', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  await expect(logCount(page)).toHaveText('0 entries');

  const names = ['TACE', 'Y90', 'Port placement', 'PICC', 'UFE', 'TIPS', 'Nephrostomy', 'Microwave ablation'];
  const day = (i: number) => new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Date,Procedure,Role,Attending'];
  for (let i = 0; i < 5000; i += 1) lines.push(`${day(i)},${names[i % names.length]},observed,Dr. Number ${i % 50}`);
  await page.locator('input[type="file"]').setInputFiles({ name: 'five-thousand.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  const dialog = page.getByRole('dialog', { name: 'Import five-thousand.csv' });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByText('5,000 rows are ready to import')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 5,000 valid entries' }).click();
  await expect(logCount(page)).toHaveText('5,000 entries');

  // Virtualised: a screenful of rows is in the page, not five thousand.
  expect(await dataRows(page).count()).toBeLessThan(60);
  await expect(dataRows(page).first()).toContainText(day(4999));
  await page.getByTestId('procedure-log-scroll').evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(logTable(page).getByRole('row', { name: new RegExp(day(0)) })).toBeVisible();
  expect(await dataRows(page).count()).toBeLessThan(60);

  await filters(page).getByRole('textbox', { name: 'Search' }).fill('number 7 tace');
  await expect(logCount(page)).toHaveText(/^\d+ of 5,000 entries$/);
});

test('adds an own procedure, logs it, and edits the entry', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');

  await page.getByRole('button', { name: 'Add your own procedure' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add your own procedure' });
  await addDialog.getByRole('textbox', { name: 'Name' }).fill('TACE');
  await addDialog.getByRole('combobox', { name: 'Case-mix category' }).click();
  await page.getByRole('option', { name: 'Arterial' }).click();
  await addDialog.getByRole('button', { name: 'Add procedure' }).click();
  // A second name for a listed procedure would split the log.
  await expect(addDialog.getByText('Chemoembolization is already listed under Oncologic')).toBeVisible();
  await addDialog.getByRole('textbox', { name: 'Name' }).fill('Splenic artery embolization');
  await addDialog.getByRole('checkbox', { name: /Advanced/ }).check();
  await addDialog.getByRole('button', { name: 'Add procedure' }).click();
  await expect(addDialog).toBeHidden();
  await expect(page.getByText('Splenic artery embolization added under Arterial')).toBeVisible();

  const form = quickForm(page);
  await form.getByRole('combobox', { name: 'Procedure' }).fill('splenic');
  const option = page.getByRole('option', { name: /^Splenic artery embolization/ });
  await expect(option).toContainText('your own');
  await expect(option).toContainText('advanced');
  await option.click();
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-02');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByText('Emergency / on call').click();
  await form.getByRole('button', { name: 'Log case' }).click();
  await expect(logCount(page)).toHaveText('1 entry');
  const row = dataRows(page).first();
  await expect(row).toContainText('Splenic artery embolization');
  await expect(row).toContainText('Arterial');
  await expect(row).toContainText('On call');

  await row.getByRole('button', { name: 'Edit Splenic artery embolization on 2026-03-02' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit entry' });
  await editDialog.getByRole('radio', { name: 'Scrubbed in' }).check();
  await editDialog.getByRole('textbox', { name: 'Date' }).fill('2026-03-32');
  await editDialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(editDialog.getByText('That day does not exist')).toBeVisible();
  await editDialog.getByRole('textbox', { name: 'Date' }).fill('2026-03-03');
  await editDialog.getByRole('textbox', { name: 'Attending' }).fill('Dr. Okafor');
  await editDialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(editDialog).toBeHidden();
  await expect(row).toContainText('2026-03-03');
  await expect(row).toContainText('Scrubbed in');
  await expect(row).toContainText('Dr. Okafor');
  await expect(logCount(page)).toHaveText('1 entry');
});

test('in the narrowest window the log still names each procedure and keeps its row buttons in reach', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 960, height: 640 }); // the desktop window's minimum size
  await openSampleLog(page, openApp);
  const procedureHeader = logTable(page).getByRole('columnheader', { name: /^Procedure/ });
  expect((await procedureHeader.boundingBox())!.width).toBeGreaterThan(120);
  const firstRow = dataRows(page).first();
  await expect(firstRow.getByRole('cell').nth(2)).not.toHaveText('');
  // The table scrolls sideways in its box; the edit and delete buttons stay at its right edge.
  const box = (await page.getByTestId('procedure-log-scroll').boundingBox())!;
  const remove = (await firstRow.getByRole('button', { name: /^Delete / }).boundingBox())!;
  expect(remove.x + remove.width).toBeLessThanOrEqual(box.x + box.width);
  // The form's fields are not cut: the setting's second choice shows whole.
  const setting = quickForm(page).getByText('Emergency / on call');
  const form = (await quickForm(page).boundingBox())!;
  const option = (await setting.boundingBox())!;
  expect(option.x + option.width).toBeLessThanOrEqual(form.x + form.width);
});

test('from the keyboard: Enter picks the one match, focus stays where the work goes on, and Ctrl+Z undoes a delete', async ({ page, openApp }) => {
  // An empty log, not the sample: loading the sample sends focus to the page heading for a few seconds.
  await openApp();
  await gotoSection(page, 'Procedure log');
  const form = quickForm(page);
  const picker = form.getByRole('combobox', { name: 'Procedure' });
  await picker.click();
  await picker.pressSequentially('TACE');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('Chemoembolization');
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-02-15');
  await form.getByRole('textbox', { name: /How many cases/ }).fill('3');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByRole('button', { name: 'Log 3 cases' }).focus();
  await page.keyboard.press('Enter');
  await expect(logCount(page)).toHaveText('3 entries');
  // The label went back to "Log case" with the count; focus stayed on it.
  await expect(form.getByRole('button', { name: 'Log case' })).toBeFocused();

  const editFirst = dataRows(page).first().getByRole('button', { name: /^Edit / });
  await editFirst.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editFirst).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(editFirst).toBeFocused();

  // The Undo notice sits outside the Tab order's reach; it says the shortcut, which undoes the delete.
  await dataRows(page).first().getByRole('button', { name: /^Delete / }).focus();
  await page.keyboard.press('Enter');
  await expect(logCount(page)).toHaveText('2 entries');
  await expect(page.getByText('Or press Ctrl+Z')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Restored 1 entry.')).toBeVisible();
  await expect(logCount(page)).toHaveText('3 entries');
});
