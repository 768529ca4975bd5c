import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

test('a new applicant fills the profile, restarts, and finds it saved', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up my profile' }).click();

  await page.getByLabel('Full name').fill('Priya Raman');
  await page.getByRole('textbox', { name: 'Medical school', exact: true }).fill('Fictional University School of Medicine');
  await page.getByLabel('Country of the medical school').fill('Dominica');
  await page.getByLabel('Graduation year').fill('2025');
  await page.getByRole('combobox', { name: 'ECFMG certification' }).click();
  await page.getByRole('option', { name: 'Certified' }).click();
  await page.getByRole('combobox', { name: 'USMLE Step 1' }).click();
  await page.getByRole('option', { name: 'Pass' }).click();
  await page.getByLabel('USMLE Step 2 CK score').fill('999');
  await page.getByLabel('Target match year').fill('2027');
  await page.getByRole('combobox', { name: 'Career interest' }).click();
  await page.getByRole('option', { name: 'Community practice' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();

  // Wrong input is marked at the field and nothing is saved.
  await expect(page.getByText('Step 2 CK score must be between 100 and 300')).toBeVisible();
  await expect(page.getByText('Choose at least one pathway')).toBeVisible();

  await page.getByLabel('USMLE Step 2 CK score').fill('248');
  await page.getByLabel('Integrated IR residency').check();
  const save = page.getByRole('button', { name: 'Save profile' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Profile saved')).toBeVisible();
  // The button is busy during the save; focus comes back to it, so the next Tab goes on from here.
  await expect(save).toBeFocused();

  await openApp();
  await expect(page.getByRole('heading', { name: 'Welcome back, Priya' })).toBeVisible();
  const summary = page.getByLabel('Profile summary');
  await expect(summary).toContainText('Fictional University School of Medicine, Dominica');
  await expect(summary).toContainText('248');
  await expect(summary).toContainText('Integrated IR residency');
  await gotoSection(page, 'Profile');
  await expect(page.getByLabel('Full name')).toHaveValue('Priya Raman');
});

test('a profile save that fails keeps the edit as unsaved: leaving asks, and a later save keeps it', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Profile');
  await page.getByLabel('Country of the medical school').fill('Dominica');

  // The save never reaches the store, as when the preview server has stopped.
  await page.route('**/api/profile%3Asave', (route) => route.abort());
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile was not saved')).toBeVisible();
  await page.unroute('**/api/profile%3Asave');

  await gotoSection(page, 'Dashboard');
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await ask.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page.getByLabel('Country of the medical school')).toHaveValue('Dominica');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await gotoSection(page, 'Dashboard');
  await expect(page.getByLabel('Profile summary')).toContainText('Dominica');
});
