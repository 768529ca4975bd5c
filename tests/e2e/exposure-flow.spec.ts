import type { Page } from '@playwright/test';
import { expect, gotoSection, test } from './support/fixtures';

// One applicant's first week: an observership, two TIPS cases logged against it, and the
// dashboard moving with them. Starts from an empty data folder.
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page) => page.getByRole('dialog');

async function chooseOption(page: Page, scope: ReturnType<Page['getByRole']>, label: string, typed: string, option: RegExp) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

test('an observership and two TIPS cases logged against it move the dashboard counts and coverage', async ({ page, openApp }) => {
  await openApp({ hash: '#/exposure' });
  await expect(page.getByRole('group', { name: 'Cases logged' })).toContainText('0');
  await expect(page.getByRole('group', { name: 'Categories covered' })).toContainText('0 of 8');

  await gotoSection(page, 'Experiences');
  await page.getByRole('button', { name: 'Add experience' }).click();
  await dialog(page).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Observership', exact: true }).click();
  await dialog(page).getByLabel('Title').fill('Transplant IR observership');
  await dialog(page).getByLabel('Organisation or site').fill('Fictional Transplant Institute');
  await dialog(page).getByLabel('Based in the US').check();
  await dialog(page).getByLabel('Start date').fill('2026-03-02');
  await dialog(page).getByLabel('End date').fill('2026-03-27');
  await dialog(page).getByLabel('Total hours').fill('120');
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(page.getByText('Experience added')).toBeVisible();

  await gotoSection(page, 'Procedure log');
  const form = page.getByRole('form', { name: 'Log a case' });
  await chooseOption(page, form, 'Procedure', 'tips', /^Transjugular intrahepatic portosystemic shunt/);
  await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-10');
  await form.getByRole('textbox', { name: /How many cases/ }).fill('2');
  await form.getByRole('radio', { name: 'Observed' }).check();
  await chooseOption(page, form, 'During which experience', 'transplant', /^Transplant IR observership/);
  await form.getByRole('button', { name: 'Log 2 cases' }).click();
  await expect(page.getByTestId('procedure-log-count')).toHaveText('2 entries');

  await gotoSection(page, 'Exposure dashboard');
  await expect(page.getByRole('group', { name: 'Cases logged' })).toContainText('2');
  await expect(page.getByRole('group', { name: 'Categories covered' })).toContainText('1 of 8');
  await expect(page.getByRole('group', { name: 'Experience hours' })).toContainText('120');
  await expect(page.getByRole('listitem', { name: 'Portal / hepatic: 2 cases' })).toBeVisible();
  await expect(page.getByLabel('Coverage summary')).toHaveText('1 of 8 categories · 100% advanced');
  await expect(page.getByRole('list', { name: 'Exposure gaps' })).not.toContainText('No TIPS or portal vein work yet');
});
