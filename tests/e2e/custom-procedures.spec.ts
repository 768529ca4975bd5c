import type { Page } from '@playwright/test';
import { expect as baseExpect, gotoSection, test } from './support/fixtures';

// One story over a fresh data folder: add two own procedures, log cases with one, then fix and delete.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const quickForm = (page: Page) => page.getByRole('form', { name: 'Log a case' });
const logCount = (page: Page) => page.getByTestId('procedure-log-count');
const dataRows = (page: Page) => page.getByRole('table', { name: 'Procedure log' }).locator('tbody tr[aria-rowindex]');
const manager = (page: Page) => page.getByRole('dialog', { name: 'Your own procedures' });
const ownList = (page: Page) => manager(page).getByRole('table', { name: 'Your own procedures' });

async function addOwnProcedure(page: Page, name: string, category: string) {
  await page.getByRole('button', { name: 'Add your own procedure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own procedure' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Case-mix category' }).click();
  await page.getByRole('option', { name: category, exact: true }).click();
  await dialog.getByRole('button', { name: 'Add procedure' }).click();
  await expect(dialog).toBeHidden();
}

test('fixes a typo in an own procedure everywhere, refuses to delete one in use, and undoes deleting an unused one', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  // Nothing to manage yet.
  await expect(page.getByRole('button', { name: /^Your own procedures/ })).toHaveCount(0);

  await addOwnProcedure(page, 'Splenic artery embolisaton', 'Venous');
  await addOwnProcedure(page, 'Genicular artery embolization', 'Arterial');

  const form = quickForm(page);
  await form.getByRole('combobox', { name: 'Procedure' }).fill('embolisaton');
  await page.getByRole('option', { name: /^Splenic artery embolisaton/ }).click();
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-02');
  await form.getByRole('textbox', { name: /How many cases/ }).fill('2');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByRole('button', { name: 'Log 2 cases' }).click();
  await expect(logCount(page)).toHaveText('2 entries');
  await expect(dataRows(page).first()).toContainText('Splenic artery embolisaton');
  await expect(dataRows(page).first()).toContainText('Venous');

  await page.getByRole('button', { name: 'Your own procedures (2)' }).click();
  await expect(ownList(page).getByRole('row', { name: /Splenic artery embolisaton/ })).toContainText('2 log entries');
  await expect(ownList(page).getByRole('row', { name: /Genicular artery embolization/ })).toContainText('No entries');

  // Deleting the one in use is refused, with the count and the way forward.
  await manager(page).getByRole('button', { name: 'Delete Splenic artery embolisaton' }).click();
  const refusal = manager(page).getByRole('alert');
  await expect(refusal).toContainText('“Splenic artery embolisaton” is used by 2 log entries');
  await expect(refusal).toContainText('It was not deleted');
  await refusal.getByRole('button', { name: 'Edit instead' }).click();

  // Edit: the name, the category and the advanced mark.
  const edit = manager(page).getByRole('form', { name: 'Edit Splenic artery embolisaton' });
  await expect(manager(page)).toContainText('The change reaches all 2 log entries that use it');
  await edit.getByRole('textbox', { name: 'Name' }).fill('Genicular ARTERY embolization');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Genicular artery embolization is already listed under Arterial')).toBeVisible();
  await edit.getByRole('textbox', { name: 'Name' }).fill('Splenic artery embolization');
  await edit.getByRole('combobox', { name: 'Case-mix category' }).click();
  await page.getByRole('option', { name: 'Arterial', exact: true }).click();
  await edit.getByRole('checkbox', { name: /Advanced/ }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved: 2 log entries now show “Splenic artery embolization”')).toBeVisible();
  await expect(ownList(page).getByRole('row', { name: /Splenic artery embolization/ })).toContainText('advanced');

  // Deleting the unused one happens at once, with Undo.
  await manager(page).getByRole('button', { name: 'Delete Genicular artery embolization' }).click();
  await expect(ownList(page).getByText('Genicular artery embolization')).toHaveCount(0);
  await expect(page.getByText('Deleted “Genicular artery embolization”')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(ownList(page).getByRole('row', { name: /Genicular artery embolization/ })).toBeVisible();
  await manager(page).getByRole('button', { name: 'Done' }).click();
  await expect(manager(page)).toBeHidden();

  // The log shows the new name and category for both entries, and so does the picker.
  await expect(logCount(page)).toHaveText('2 entries');
  for (const row of await dataRows(page).all()) {
    await expect(row).toContainText('Splenic artery embolization');
    await expect(row).toContainText('Arterial');
  }
  await form.getByRole('combobox', { name: 'Procedure' }).fill('splenic');
  await expect(page.getByRole('option', { name: /^Splenic artery embolization/ })).toContainText('advanced');
  await expect(page.getByRole('option', { name: /embolisaton/ })).toHaveCount(0);

  // Saved to disk: a restart keeps the fix and the restored procedure.
  await openApp();
  await gotoSection(page, 'Procedure log');
  await expect(dataRows(page).first()).toContainText('Splenic artery embolization');
  await page.getByRole('button', { name: 'Your own procedures (2)' }).click();
  await expect(ownList(page).getByRole('row')).toHaveCount(3);

  // From the refusal, the log can be filtered to the entries that use it.
  await manager(page).getByRole('button', { name: 'Delete Splenic artery embolization' }).click();
  await manager(page).getByRole('alert').getByRole('button', { name: 'Show the 2 entries in the log' }).click();
  await expect(manager(page)).toBeHidden();
  // …and the page moves to the log, which sits below the quick-entry form.
  await expect(page.getByRole('heading', { name: 'Your log' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Your log' })).toBeInViewport();
  await expect(page.getByRole('search', { name: 'Filter the log' }).getByRole('combobox', { name: 'Procedure' })).toHaveValue(
    'Splenic artery embolization',
  );
});

test('undoing a deleted entry brings back its own procedure, deleted since, and a name of punctuation only is refused', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Procedure log');
  await addOwnProcedure(page, 'Genicular artery embolization', 'Arterial');
  // Closing the dialog hands focus back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Add your own procedure' })).toBeFocused();

  const form = quickForm(page);
  // Typed as a person does, into the opened picker; Enter takes the one match.
  await form.getByRole('combobox', { name: 'Procedure' }).click();
  await page.keyboard.type('genicular');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Procedure' })).toHaveValue('Genicular artery embolization');
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-02');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByRole('button', { name: 'Log case' }).click();
  await expect(logCount(page)).toHaveText('1 entry');

  await dataRows(page).first().getByRole('button', { name: /^Delete / }).click();
  await expect(logCount(page)).toHaveText('0 entries');
  const entryNotice = page.getByRole('alert').filter({ hasText: 'Entry deleted' });
  await expect(entryNotice).toBeVisible();

  // Nothing uses the procedure now, so it can be deleted.
  await page.getByRole('button', { name: 'Your own procedures (1)' }).click();
  await manager(page).getByRole('button', { name: 'Delete Genicular artery embolization' }).click();
  await expect(page.getByText('Deleted “Genicular artery embolization”')).toBeVisible();
  await manager(page).getByRole('button', { name: 'Done' }).click();
  await expect(manager(page)).toBeHidden();

  await entryNotice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored 1 entry. “Genicular artery embolization” is back in your own procedures too.')).toBeVisible();
  await expect(logCount(page)).toHaveText('1 entry');
  await expect(dataRows(page).first()).toContainText('Genicular artery embolization');
  await expect(page.getByRole('button', { name: 'Your own procedures (1)' })).toBeVisible();

  // "???" has no letter to find it by, in a CSV or in the picker.
  await page.getByRole('button', { name: 'Add your own procedure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own procedure' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('???');
  await dialog.getByRole('button', { name: 'Add procedure' }).click();
  await expect(dialog.getByText('Use at least one letter or number in the name')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await form.getByRole('combobox', { name: 'Procedure' }).fill('???');
  await expect(page.getByText('No procedure by that name. Add it as your own procedure.')).toBeVisible();
});
