// QA: the dashboard looked empty until a profile existed, and keyboard focus fell to the page after
// the sample was loaded or cleared, after Escape on "Replace your entries", and after saving or
// resetting the ERAS limits.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, gotoSection, test } from './support/fixtures';

const DATA_FILE = 'ir-match-planner.json';

/** The sample's entries as the applicant's own, before any profile. */
async function writeOwnEntriesWithoutProfile(dataDir: string): Promise<void> {
  const sample = JSON.parse(await readFile(resolve('resources/sample/sample-applicant.json'), 'utf8'));
  await writeFile(join(dataDir, DATA_FILE), JSON.stringify({ ...sample, profile: null, meta: { ...sample.meta, sample: false } }));
}

const focusedHeading = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : null));

test('the welcome view shows what is logged before a profile exists', async ({ page, openApp, dataDir }) => {
  await writeOwnEntriesWithoutProfile(dataDir);
  await openApp();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  const summary = page.getByLabel('Exposure summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Cases logged');
});

test('the welcome view names programs and a statement draft saved before a profile', async ({ page, openApp, dataDir }) => {
  const sample = JSON.parse(await readFile(resolve('resources/sample/sample-applicant.json'), 'utf8'));
  const { shortlist, statement } = sample;
  await writeFile(
    join(dataDir, DATA_FILE),
    JSON.stringify({
      ...sample,
      profile: null,
      meta: { ...sample.meta, sample: false },
      procedures: [],
      experiences: [],
      researchOutputs: [],
      shortlist: { ...shortlist, programs: shortlist.programs.slice(0, 1) },
      statement: { ...statement, talkingPoints: [], erasEntries: [], draft: { ...statement.draft, text: 'I first saw a TIPS as a student.' } },
    }),
  );
  await openApp();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  await expect(page.getByText('Also saved: 1 program and a statement draft.')).toBeVisible();
  await expect(page.getByLabel('Exposure summary')).toHaveCount(0);
});

test('a new user sees no empty summary on the welcome view', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore a sample applicant' })).toBeVisible();
  await expect(page.getByLabel('Exposure summary')).toHaveCount(0);
  await expect(page.getByText(/Also saved/)).toHaveCount(0);
});

test('focus stays on the sample button after Escape, and goes to the heading after loading and clearing', async ({ page, openApp, dataDir }) => {
  await writeOwnEntriesWithoutProfile(dataDir);
  await openApp();
  const explore = page.getByRole('button', { name: 'Explore a sample applicant' });
  await explore.focus();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Replace your entries with the sample?' });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(explore).toBeFocused();

  await page.keyboard.press('Enter');
  await ask.getByRole('button', { name: 'Replace with the sample' }).click();
  await expect(page.getByRole('heading', { name: /Welcome back, Maya/ })).toBeFocused();

  await page.getByRole('button', { name: 'Clear sample' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Clear sample' }).click();
  await expect(page.getByText('Sample cleared. Your own entries are back.')).toBeVisible();
  await expect.poll(() => focusedHeading(page)).toBe('Welcome to IR Match Planner');
});

test('Enter in an ERAS limit keeps focus in the field; Reset to defaults leaves it on the card', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Settings & data');
  const limits = page.getByRole('form', { name: 'ERAS limits' });
  const field = limits.getByRole('textbox').first();
  await field.fill('9');
  await field.press('Enter');
  await expect(page.getByText('Limits saved')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('9');

  await limits.getByRole('button', { name: 'Reset to defaults' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Limits reset to the ERAS defaults')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ERAS limits' })).toBeFocused();
});
