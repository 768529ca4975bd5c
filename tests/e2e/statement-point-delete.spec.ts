import type { Page } from '@playwright/test';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

// Deleting a talking point changes the saved outline and ERAS entries it sat in; edits not saved
// yet to either must come through the delete, and its Undo, unharmed.

test.describe.configure({ timeout: 90_000 });

const TACE_POINT = /^TACE taught me that patient selection/;

const sectionTitle = (page: Page, position: number) => page.getByLabel(`Section ${position}`, { exact: true }).getByRole('textbox', { name: 'Section title' });

async function deleteTacePoint(page: Page) {
  await page.getByRole('tab', { name: /Talking points/ }).click();
  await page.getByRole('listitem', { name: TACE_POINT }).getByRole('button', { name: /^Delete TACE taught me/ }).click();
  await expect(page.getByText('Talking point deleted')).toBeVisible();
  await expect(page.getByRole('listitem', { name: TACE_POINT })).toBeHidden();
  // Focus stays in the list, not at the top of the page.
  await expect(page.getByRole('heading', { name: 'Talking points' })).toBeFocused();
}

test('an unsaved outline edit survives deleting a talking point placed in the outline, and its Undo', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Outline' }).click();
  await sectionTitle(page, 3).fill('My path as an IMG, typed and not saved');
  // The deleted point sits in section 1.
  await expect(page.getByLabel('Section 1', { exact: true })).toContainText('TACE taught me that patient selection');

  await deleteTacePoint(page);
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(sectionTitle(page, 3)).toHaveValue('My path as an IMG, typed and not saved');
  await expect(page.getByLabel('Section 1', { exact: true })).not.toContainText('TACE taught me that patient selection');
  await expect(page.getByRole('button', { name: 'Save outline' })).toBeEnabled();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Section 1', { exact: true })).toContainText('TACE taught me that patient selection');
  await expect(sectionTitle(page, 3)).toHaveValue('My path as an IMG, typed and not saved');

  // The edit is still only on screen until saved; saving keeps the point where Undo put it.
  await page.getByRole('button', { name: 'Save outline' }).click();
  await expect(page.getByText('Outline saved')).toBeVisible();
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(sectionTitle(page, 3)).toHaveValue('My path as an IMG, typed and not saved');
  await expect(page.getByLabel('Section 1', { exact: true })).toContainText('TACE taught me that patient selection');
});

test('an unsaved ERAS description survives deleting the talking point its reflection tells, and its Undo', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'ERAS experiences');
  const entry = page.getByRole('list', { name: 'ERAS entries' }).getByRole('listitem').first();
  const title = (await entry.getAttribute('aria-label'))!;
  const description = entry.getByRole('textbox', { name: `Description of ${title}` });
  const reflectionPoint = entry.getByRole('combobox', { name: `Talking point the reflection on ${title} tells` });
  await expect(reflectionPoint).toHaveValue(TACE_POINT);
  await description.fill('Typed, not saved: four weeks of TACE and Y90 work-ups.');

  // Deleted and undone at once: the typed text and the chosen point are both as they were.
  await gotoSection(page, 'Personal statement');
  await expect(page.getByRole('heading', { name: 'Personal statement' })).toBeVisible();
  await deleteTacePoint(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: TACE_POINT })).toBeVisible();
  await gotoSection(page, 'ERAS experiences');
  await expect(description).toHaveValue('Typed, not saved: four weeks of TACE and Y90 work-ups.');
  await expect(reflectionPoint).toHaveValue(TACE_POINT);

  // Deleted for good: the typed text stays, the reflection no longer names the point.
  await gotoSection(page, 'Personal statement');
  await expect(page.getByRole('heading', { name: 'Personal statement' })).toBeVisible();
  await deleteTacePoint(page);
  await gotoSection(page, 'ERAS experiences');
  await expect(description).toHaveValue('Typed, not saved: four weeks of TACE and Y90 work-ups.');
  await expect(reflectionPoint).toHaveValue('');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
});
