import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addProgram, expect as baseExpect, gotoSection, loadSampleApplicant, test } from './support/fixtures';
import { readZipEntry } from './support/read-zip-entry';

/** In the open "Import programs from CSV" dialog, picks `path` as the file. */
async function chooseCsv(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(path);
}

// Long journeys on a shared, busy machine: generous limits, same assertions.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const PROGRAM = 'Lakeshore University Integrated IR';
const GRADUATION_QUESTION = 'Roughly how many IR procedures are in a typical graduate’s case log when they finish?';
const DATA_FILE = 'ir-match-planner.json';
const PHI = 'Patient Jane Doe, MRN 00123456, DOB 03/14/1961';

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function addFigure(page: Page, kind: string, value: string, source: string) {
  await page.getByRole('button', { name: 'Add volume figure' }).click();
  await chooseOption(page, 'What the number counts', kind);
  await page.getByRole('dialog').getByRole('textbox', { name: 'Procedures' }).fill(value);
  await chooseOption(page, 'Source', source);
  await page.getByRole('button', { name: 'Add figure' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

test('a program with only a departmental figure is flagged, then resolved by an answer and a resident total', async ({
  page,
  openApp,
}) => {
  await openApp();
  await addProgram(page, PROGRAM);

  await addFigure(page, 'Procedures the whole IR service does per year', '9000', 'Program website');
  await expect(page.getByRole('table', { name: 'Volume figures' })).toContainText('9,000');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('All changes saved.')).toBeVisible();

  await page.getByRole('tab', { name: 'Evaluation' }).click();
  const volume = page.getByRole('region', { name: 'Case volume' });
  await expect(volume).toContainText('Service volume only');
  await expect(volume).toContainText('Ballpark figures that people in IR training cite, not a number any board sets');
  await expect(volume).toContainText('It is not what residents log');
  await expect(page.getByRole('region', { name: 'Red flags' })).toContainText('it says nothing yet about what residents log');
  const questions = page.getByRole('region', { name: 'Questions to ask' });
  await expect(questions).toContainText(GRADUATION_QUESTION);
  await expect(questions).toContainText('You only have a departmental figure');

  await page.getByRole('tab', { name: 'Interview sheet' }).click();
  const question = page.getByRole('article', { name: GRADUATION_QUESTION });
  await question.getByRole('button', { name: 'Record answer' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'What they said' }).fill('The PD said graduates log about 1,800.');
  await page.getByRole('dialog').getByRole('radio', { name: 'Specific' }).check({ force: true });
  await page.getByRole('button', { name: 'Save answer' }).click();
  await expect(question).toContainText('Answered · specific');
  await expect(question).toContainText('The PD said graduates log about 1,800.');

  await page.getByRole('tab', { name: 'Details' }).click();
  await addFigure(page, 'Procedures a resident logs by graduation', '1800', 'Faculty at interview');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('All changes saved.')).toBeVisible();

  await page.getByRole('tab', { name: 'Evaluation' }).click();
  await expect(volume).toContainText('Strong (resident-level)');
  await expect(page.getByRole('region', { name: 'Green flags' })).toContainText('Graduates log about 1,500 procedures or more.');
  await expect(page.getByRole('region', { name: 'Red flags' })).not.toContainText('about what residents log');
  await expect(questions).not.toContainText(GRADUATION_QUESTION);

  // Restart: everything came from the data file.
  await openApp();
  await gotoSection(page, 'Programs');
  const row = page.getByRole('row', { name: new RegExp(PROGRAM) });
  await expect(row).toContainText('Strong (resident-level)');
  await row.getByRole('button', { name: PROGRAM, exact: true }).click();
  await page.getByRole('tab', { name: 'Interview sheet' }).click();
  await expect(page.getByRole('article', { name: GRADUATION_QUESTION })).toContainText('Answered · specific');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('interview-sheet-lakeshore-university-integrated-ir.docx');
  const path = test.info().outputPath('sheet.docx');
  await download.saveAs(path);
  const documentXml = await readZipEntry(path, 'word/document.xml');
  expect(documentXml).toContain(`Interview sheet: ${PROGRAM}`);
  expect(documentXml).toContain('Who looks over resident case logs, and how often, to spot gaps early?');
  expect(documentXml).toContain('The PD said graduates log about 1,800.');

  // Delete, then undo from the notification.
  await page.getByRole('button', { name: 'Delete program' }).click();
  await expect(page.getByText('No programs yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: new RegExp(PROGRAM) })).toContainText('Strong (resident-level)');
  await openApp();
  await gotoSection(page, 'Programs');
  await expect(page.getByRole('row', { name: new RegExp(PROGRAM) })).toBeVisible();
});

test('a vague answer stays open to ask again: on screen, in Markdown, in Word and in the print view', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, PROGRAM);
  await page.getByRole('tab', { name: 'Interview sheet' }).click();
  const question = page.getByRole('article', { name: GRADUATION_QUESTION });
  await question.getByRole('button', { name: 'Record answer' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'What they said' }).fill('Plenty, the PD said.');
  // The segment's radio input is visually hidden; its label is what the user clicks.
  await page.getByRole('dialog').getByRole('radiogroup', { name: 'How clear was it?' }).getByText('Vague', { exact: true }).click();
  await page.getByRole('button', { name: 'Save answer' }).click();
  await expect(question).toContainText('◐ Vague — ask again');
  await expect(page.getByText(/^0 of \d+ questions answered · 1 to ask again$/)).toBeVisible();

  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
  const text = await readFile((await markdown.path())!, 'utf8');
  expect(text).toContain(`- [ ] ${GRADUATION_QUESTION}`);
  expect(text).not.toContain('- [x]');
  expect(text).toMatch(/ {2}- ◐ Vague — ask again \(faculty, \d{4}-\d{2}-\d{2}\): Plenty, the PD said\./);
  expect(text).toContain('  - Listen for: A resident number, not the department’s.');

  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()]);
  const path = test.info().outputPath('vague.docx');
  await word.saveAs(path);
  const documentXml = await readZipEntry(path, 'word/document.xml');
  expect(documentXml).toContain('◐ Vague — ask again');
  expect(documentXml).not.toContain('☒');

  await page.getByRole('button', { name: 'Print view' }).click();
  const print = page.getByRole('dialog', { name: 'Print view' });
  const item = print.getByRole('listitem').filter({ hasText: GRADUATION_QUESTION });
  await expect(item).toContainText(/^☐ /);
  await expect(item).toContainText('◐ Vague — ask again');
  await expect(item).toContainText('Listen for: A resident number');
  // The box is the only marker: no list bullet before it.
  const bullets = await print.getByRole('list').evaluateAll((lists) => lists.map((list) => getComputedStyle(list).listStyleType));
  expect(bullets.length).toBeGreaterThan(0);
  expect(new Set(bullets)).toEqual(new Set(['none']));
});

test('Escape on "Add a program" with a typed name asks first; a PGY-2 start is offered only with integrated IR', async ({
  page,
  openApp,
}) => {
  await openApp();
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: 'Add program', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a program' });
  const name = dialog.getByRole('textbox', { name: 'Program name' });
  await name.fill('Riverside University IR');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  // Escape on the question means "Keep editing", as its button does.
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(name).toHaveValue('Riverside University IR');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(name).toHaveValue('Riverside University IR');
  await dialog.getByRole('button', { name: 'Add and edit' }).click();
  await expect(page.getByRole('heading', { name: 'Riverside University IR' })).toBeVisible();

  const pgy2 = page.getByRole('switch', { name: /Integrated positions start at PGY-2/ });
  await page.getByRole('button', { name: 'Add pathway' }).click();
  await page.getByRole('combobox', { name: 'Pathway 1', exact: true }).click();
  await page.getByRole('option', { name: 'Independent IR residency' }).click();
  await expect(pgy2).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Pathway 1', exact: true }).click();
  await page.getByRole('option', { name: 'Integrated IR residency' }).click();
  await expect(pgy2).toHaveCount(1);
});

test('a CSV import reports the bad row and imports the rest only after confirming', async ({ page, openApp, dataDir }) => {
  const csv = join(dataDir, 'programs.csv');
  await writeFile(
    csv,
    [
      'Program,City,State,Status,IR residents per class,Departmental procedures per year',
      'Harbor City IR,Harbor City,MD,applied,2,11000',
      'Broken Row IR,Nowhere,TX,applied,two and a half,5000',
      'Summit Valley IR,Denver,CO,researching,,',
    ].join('\n'),
  );
  await openApp();
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: 'Import CSV' }).click();

  // Cancel after choosing a file changes nothing.
  await chooseCsv(page, csv);
  const dialog = page.getByRole('dialog', { name: 'Import programs from CSV' });
  await expect(dialog.getByText('2 ready to import')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No programs yet')).toBeVisible();

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await chooseCsv(page, csv);
  await expect(dialog.getByRole('combobox', { name: 'Column IR residents per class' })).toHaveValue('IR residents per class');
  await expect(dialog.getByText('1 row with problems')).toBeVisible();
  await expect(dialog).toContainText('Row 3: IR residents per class: "two and a half" is not a whole number of 0 or more.');
  await dialog.getByRole('button', { name: 'Import 2 programs' }).click();

  await expect(page.getByRole('row', { name: /Harbor City IR/ })).toContainText('Service volume only');
  await expect(page.getByRole('row', { name: /Summit Valley IR/ })).toContainText('Unknown');
  await expect(page.getByRole('row', { name: /Broken Row IR/ })).toHaveCount(0);

  // Search and status filter narrow the list.
  await page.getByRole('textbox', { name: 'Search programs' }).fill('summit');
  await expect(page.getByRole('row', { name: /Harbor City IR/ })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Search programs' }).fill('');
  await page.getByRole('combobox', { name: 'Filter by status' }).click();
  await page.getByRole('option', { name: 'Applied' }).click();
  await expect(page.getByRole('row', { name: /Harbor City IR/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Summit Valley IR/ })).toHaveCount(0);

  // The same file a second time adds nothing: its programs are already on the shortlist.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await chooseCsv(page, csv);
  await expect(dialog.getByText('3 rows with problems')).toBeVisible();
  await expect(dialog).toContainText('“Harbor City IR” is already on your shortlist');
  await expect(dialog.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
});

test('a program offering none of the pathways in the profile is marked in the list and on its page', async ({ page, openApp }) => {
  const ESIR_ONLY = 'St. Brigid’s Medical Center DR/ESIR (fictional)';
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Programs');
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: ESIR_ONLY, exact: true }) });
  // The sample applies to Integrated IR and DR with ESIR: every program offers one of them.
  await expect(row).toBeVisible();
  await expect(page.getByText('Not your pathway')).toHaveCount(0);

  await gotoSection(page, 'Profile');
  await page.getByRole('checkbox', { name: 'Diagnostic radiology with ESIR' }).uncheck();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();

  await gotoSection(page, 'Programs');
  await expect(row.getByLabel(/^Not your pathway/)).toBeVisible();
  await expect(page.getByText('Not your pathway')).toHaveCount(1);
  await row.getByRole('button', { name: ESIR_ONLY, exact: true }).click();
  await expect(page.getByText('Not one of your pathways: Lists DR with Early Specialization in IR (ESIR); your profile says you apply to Integrated IR residency.')).toBeVisible();
});


test('program notes and interview answers that look like patient data are held back until the user confirms them', async ({
  page,
  openApp,
  dataDir,
}) => {
  const dataFile = () => readFile(join(dataDir, DATA_FILE), 'utf8');
  await openApp();
  await addProgram(page, PROGRAM);

  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  await notes.fill(PHI);
  await page.getByRole('button', { name: 'Save program' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'This may identify a patient' });
  await expect(warning).toContainText('Notes — patient name, medical record or ID number, date of birth');
  await expect(page.getByText('You have unsaved changes.', { exact: false })).toBeVisible();
  await expect(notes).toHaveValue(PHI);
  expect(await dataFile()).not.toContain('00123456');

  await warning.getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }).check();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('All changes saved.')).toBeVisible();
  await expect(warning).toBeHidden();
  expect(await dataFile()).toContain(PHI);

  await page.getByRole('tab', { name: 'Interview sheet' }).click();
  await page.getByRole('article', { name: GRADUATION_QUESTION }).getByRole('button', { name: 'Record answer' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'What they said' }).fill('Ask pt Maria Lopez about it, MRN 7654321.');
  await dialog.getByRole('button', { name: 'Save answer' }).click();
  const answerWarning = dialog.getByRole('alert').filter({ hasText: 'This may identify a patient' });
  await expect(answerWarning).toContainText(`What they said: ${GRADUATION_QUESTION}`);
  expect(await dataFile()).not.toContain('7654321');
  await dialog.getByRole('textbox', { name: 'What they said' }).fill('The PD said graduates log about 1,800.');
  await dialog.getByRole('button', { name: 'Save answer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: GRADUATION_QUESTION })).toContainText('The PD said graduates log about 1,800.');
});

test('an unsaved warning-signs checklist asks before the program is left', async ({ page, openApp, dataDir }) => {
  const SLOW_DAYS = 'Quiet days with few cases come up often.';
  await openApp();
  await addProgram(page, PROGRAM);
  await page.getByRole('tab', { name: 'Interview sheet' }).click();
  const checklist = page.getByRole('region', { name: 'Warning signs to check with residents' });
  // The segment's radio input is visually hidden; its label is what the user clicks.
  await checklist.getByRole('radiogroup', { name: SLOW_DAYS }).getByText('Yes', { exact: true }).click();
  const note = checklist.getByRole('textbox', { name: `Note: ${SLOW_DAYS}` });
  await note.fill('Two residents said Fridays are empty');

  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await page.getByRole('button', { name: 'All programs' }).click();
  await expect(ask).toContainText('Your changes to the warning-signs checklist are not saved');
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(note).toHaveValue('Two residents said Fridays are empty');
  await gotoSection(page, 'Dashboard');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(note).toHaveValue('Two residents said Fridays are empty');

  await checklist.getByRole('button', { name: 'Save checklist' }).click();
  await expect.poll(() => readFile(join(dataDir, DATA_FILE), 'utf8')).toContain('Two residents said Fridays are empty');
  await page.getByRole('button', { name: 'All programs' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(PROGRAM) })).toBeVisible();
});

test('a CSV row whose notes look like patient data is listed as needing attention, not imported', async ({ page, openApp, dataDir }) => {
  const csv = join(dataDir, 'programs-with-notes.csv');
  await writeFile(csv, ['Program,City,Notes', 'Harbor City IR,Baltimore,Great autonomy', `Leaky IR,Denver,"${PHI}"`].join('\n'));
  await openApp();
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await chooseCsv(page, csv);
  const dialog = page.getByRole('dialog', { name: 'Import programs from CSV' });
  await expect(dialog.getByText('1 ready to import')).toBeVisible();
  await expect(dialog.getByText('1 row with problems')).toBeVisible();
  await expect(dialog).toContainText('Row 3: Notes looks like patient data: patient name, medical record or ID number, date of birth');
  await dialog.getByRole('button', { name: 'Import 1 program' }).click();

  await expect(page.getByRole('row', { name: /Harbor City IR/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Leaky IR/ })).toHaveCount(0);
  expect(await readFile(join(dataDir, DATA_FILE), 'utf8')).not.toContain('00123456');
});

test('the Programs link in the sidebar takes an open program back to the list, asking first about unsaved details', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, PROGRAM);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programs' }).click();
  await expect(page.getByRole('table', { name: 'Programs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: PROGRAM })).toBeHidden();

  await page.getByRole('table', { name: 'Programs' }).getByRole('button', { name: PROGRAM, exact: true }).click();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Not saved yet');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programs' }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Not saved yet');
});

test('in a small window, the message about a refused save leaves the program’s Save button in reach', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 960, height: 640 });
  await openApp();
  await addProgram(page, 'Harbor City Integrated IR');
  await page.getByRole('textbox', { name: 'IR residents per class' }).fill('-1');
  const save = page.getByRole('button', { name: 'Save program' });
  await save.click();
  await expect(page.getByText('Not saved yet')).toBeVisible();
  // A trial click fails when something else would receive it.
  await save.click({ trial: true, timeout: 2_000 });
  await page.getByRole('textbox', { name: 'IR residents per class' }).fill('2');
  await save.click();
  await expect(page.getByText('Program saved')).toBeVisible();
});
