import type { Page } from '@playwright/test';
import { expect, gotoSection, test } from './support/fixtures';

// Each test starts from its own empty data folder. The planned dates lie years ahead of
// any clock this runs under; the past ones years behind.
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page) => page.getByRole('dialog');

async function addIrObservership(page: Page, title: string, start: string, end: string) {
  await page.getByRole('button', { name: 'Add experience' }).click();
  await dialog(page).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Observership', exact: true }).click();
  await dialog(page).getByLabel('Title').fill(title);
  await dialog(page).getByLabel('Based in the US').check();
  await dialog(page).getByLabel('Start date').fill(start);
  await dialog(page).getByLabel('End date').fill(end);
  await dialog(page).getByLabel('Total hours').fill('160');
  await dialog(page).getByLabel('Related to IR').check();
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(dialog(page)).toBeHidden();
}

test('a planned observership is marked planned on its card and in ERAS, offered last, and copied without hours', async ({ page, openApp }) => {
  await openApp({ hash: '#/exposure' });
  await gotoSection(page, 'Experiences');
  await addIrObservership(page, 'Planned IR observership', '2030-06-01', '2030-07-01');
  await addIrObservership(page, 'Past IR observership', '2024-03-01', '2024-04-01');

  const plannedCard = page.getByRole('article', { name: 'Planned IR observership' });
  await expect(plannedCard).toContainText('Planned');
  await expect(plannedCard.getByLabel('Hours')).toHaveText('160 h planned, not counted until it starts');
  await expect(page.getByRole('article', { name: 'Past IR observership' }).getByLabel('Hours')).toHaveText('160 h');

  await gotoSection(page, 'ERAS experiences');
  const suggestions = page.getByRole('list', { name: 'Suggested experiences' }).getByRole('listitem');
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.first()).toHaveAccessibleName('Past IR observership');
  const planned = suggestions.last();
  await expect(planned).toHaveAccessibleName('Planned IR observership');
  await expect(planned).toContainText('Observership · IR-related, in the US, planned, starts June 2030');
  await expect(planned).not.toContainText('recent');
  await expect(planned).not.toContainText('160 h');

  await planned.getByRole('button', { name: 'Add Planned IR observership to ERAS' }).click();
  const entry = page.getByRole('list', { name: 'ERAS entries' }).getByRole('listitem', { name: 'Planned IR observership' });
  await expect(entry).toContainText('Planned');
  await expect(entry).toContainText('This starts in June 2030 and has not happened yet. Say in the description that it is upcoming');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await entry.getByRole('button', { name: 'Copy Planned IR observership as plain text' }).click();
  await expect(entry.getByRole('button', { name: 'Copy Planned IR observership as plain text' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Dates: June 2030 - July 2030');
  expect(copied).not.toContain('Hours');
});

test('a decomposed accent stays in the ERAS text, and the profile refuses a two-digit or non-digit Step 2 CK score', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Set up my profile' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  // Required fields say so in the words of their labels.
  await expect(page.getByText('Full name is required')).toBeVisible();
  await expect(page.getByText('Graduation year is required')).toBeVisible();
  await expect(page.getByText('Target match year is required')).toBeVisible();

  await page.getByLabel('Full name').fill('Priya Applicant');
  await page.getByRole('textbox', { name: 'Medical school', exact: true }).fill('Fictional University School of Medicine');
  await page.getByLabel('Country of the medical school').fill('Dominica');
  await page.getByLabel('Graduation year').fill('2025');
  await page.getByRole('combobox', { name: 'ECFMG certification' }).click();
  await page.getByRole('option', { name: 'Certified' }).click();
  await page.getByRole('combobox', { name: 'USMLE Step 1' }).click();
  await page.getByRole('option', { name: 'Pass' }).click();
  await page.getByLabel('Target match year').fill('2030');
  await page.getByRole('combobox', { name: 'Career interest' }).click();
  await page.getByRole('option', { name: 'Community practice' }).click();
  await page.getByLabel('Integrated IR residency').check();

  const step2 = page.getByLabel('USMLE Step 2 CK score');
  await step2.fill('25');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Step 2 CK score must be between 100 and 300')).toBeVisible();

  await step2.fill('2.5e2');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(step2).toHaveValue('2.5e2');
  await expect(page.getByText('Type digits only, for example 255: “2.5e2” is not a whole number')).toBeVisible();

  await step2.fill('255');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await gotoSection(page, 'Dashboard');
  await expect(page.getByLabel('Profile summary')).toContainText('255');

  // An ERAS description with "é" typed as e plus a separate accent keeps the accent, with no notice.
  await gotoSection(page, 'Experiences');
  await addIrObservership(page, 'Past IR observership', '2024-03-01', '2024-04-01');
  await gotoSection(page, 'ERAS experiences');
  await page.getByRole('button', { name: 'Add Past IR observership to ERAS' }).click();
  const entry = page.getByRole('list', { name: 'ERAS entries' }).getByRole('listitem', { name: 'Past IR observership' });
  await entry.getByRole('textbox', { name: 'Description of Past IR observership' }).fill('Shadowed Dr. Jose\u0301 Nu\u0301n\u0303ez in the angio suite.');
  await expect(entry.getByLabel('Description length of Past IR observership')).toContainText('43 / ');
  await expect(entry.getByRole('group', { name: /Plain-text check/ })).toHaveCount(0);
});
