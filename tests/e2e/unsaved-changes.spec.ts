import { addProgram, expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

test.describe.configure({ timeout: 90_000 });

const PROGRAM = 'Harbor City Integrated IR';

test('leaving a program with unsaved details asks first; staying keeps them, leaving drops them', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, PROGRAM);

  // Nothing typed yet: another section opens at once.
  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden();
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: PROGRAM, exact: true }).click();

  const city = page.getByRole('textbox', { name: 'City' });
  await city.fill('Baltimore');
  await gotoSection(page, 'Dashboard');
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('Your changes to the program details are not saved');
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(city).toHaveValue('Baltimore');
  await expect(page.getByRole('link', { name: 'Programs', exact: true })).toHaveAttribute('aria-current', 'page');

  // The list button asks too; this time leave.
  await page.getByRole('button', { name: 'All programs' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('button', { name: PROGRAM, exact: true }).click();
  await expect(city).toHaveValue('');

  // Saved edits leave quietly.
  await city.fill('Baltimore');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('Program saved')).toBeVisible();
  await gotoSection(page, 'Dashboard');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('closing the window with an unsaved draft asks first, even after a look at another section', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('textbox', { name: 'Personal statement' }).fill('A paragraph not saved yet.');
  // Kept while another section is open: no question on the way.
  await gotoSection(page, 'Programs');
  await expect(page.getByRole('heading', { name: 'Programs', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden();

  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('a click beside a dialog with a form keeps the dialog and what was typed', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: /Talking points/ }).click();
  await page.getByRole('button', { name: 'Add talking point' }).click();
  const form = page.getByRole('form', { name: 'New talking point' });
  await form.getByRole('textbox', { name: 'Talking point' }).fill('Half a thought about consent clinics');
  // The overlay covers the page: a click in its corner lands beside the dialog.
  await page.mouse.click(8, 8);
  await expect(form.getByRole('textbox', { name: 'Talking point' })).toHaveValue('Half a thought about consent clinics');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toBeHidden();
});

test('Escape or the close button on a dialog with typed text asks before discarding it; Cancel does not', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Experiences');
  await page.getByRole('button', { name: 'Add experience' }).click();
  const form = page.getByRole('dialog', { name: 'New experience' });
  // Nothing typed: Escape closes at once.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Add experience' }).click();
  await form.getByRole('textbox', { name: 'Title' }).fill('Night float shadowing');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('Night float shadowing');

  await form.locator('.mantine-Modal-close').click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toBeHidden();

  // Cancel is a choice to discard: no question.
  await page.getByRole('button', { name: 'Add experience' }).click();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await form.getByRole('textbox', { name: 'Title' }).fill('Another start');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(ask).toBeHidden();
});

test('a half-written program-specific paragraph asks before another section replaces it', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  const paragraph = page.getByRole('textbox', { name: 'Paragraph for this program' });
  await paragraph.fill('Why your program, in my words.');
  await gotoSection(page, 'Dashboard');
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toContainText('Your changes to the program-specific paragraph are not saved');
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(paragraph).toHaveValue('Why your program, in my words.');
});

test('importing a backup over an unsaved draft says the draft would be lost, before anything changes', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('textbox', { name: 'Personal statement' }).fill('Typed tonight, not saved.');

  await gotoSection(page, 'Settings & data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const exported = await (await download).path();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup…' }).click();
  await (await chooser).setFiles(exported!);
  const confirm = page.getByRole('dialog', { name: 'Replace your data with this backup?' });
  await expect(confirm.getByRole('alert')).toContainText('Your changes to the statement draft are not saved');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Personal statement' })).toHaveValue('Typed tonight, not saved.');
});

test('an unsaved edit on one tab still asks when the page is left from another tab', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });

  // A program's details, left from its Evaluation tab.
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: /^Harbor City/ }).first().click();
  await page.getByRole('textbox', { name: 'City' }).fill('Bostonx');
  await page.getByRole('tab', { name: 'Evaluation' }).click();
  await page.getByRole('button', { name: 'All programs' }).click();
  await expect(ask).toContainText('the program details');
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Bostonx');
  await page.getByRole('button', { name: 'All programs' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();

  // A program-specific paragraph, left from the Prompts tab.
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('textbox', { name: 'Paragraph for this program' }).fill('Why your program.');
  await page.getByRole('tab', { name: 'Prompts' }).click();
  await gotoSection(page, 'Dashboard');
  await expect(ask).toContainText('the program-specific paragraph');
  await ask.getByRole('button', { name: 'Leave without saving' }).click();

  // The signal settings, left from the rank list tab.
  await gotoSection(page, 'Ranking & signals');
  await page.getByRole('tab', { name: 'Signals' }).click();
  await page.getByRole('textbox', { name: 'Gold signals' }).fill('9');
  await page.getByRole('tab', { name: 'Rank list' }).click();
  await gotoSection(page, 'Dashboard');
  await expect(ask).toContainText('the signal settings');
});

test('deleting a program with unsaved details asks first; after deleting, focus is on the program list', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, PROGRAM);
  const city = page.getByRole('textbox', { name: 'City' });
  await city.fill('Baltimore');

  await page.getByRole('button', { name: 'Delete program' }).click();
  const ask = page.getByRole('dialog', { name: `Delete ${PROGRAM} with unsaved changes?` });
  await expect(ask).toContainText('Your changes to the program details are not saved');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(city).toHaveValue('Baltimore');

  await page.getByRole('button', { name: 'Delete program' }).click();
  await ask.getByRole('button', { name: 'Delete program' }).click();
  await expect(page.getByText(`Deleted ${PROGRAM}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Programs', level: 2 })).toBeFocused();
  // Nothing was left unsaved: another section opens without asking.
  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden();
});
