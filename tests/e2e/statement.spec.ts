import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readZipEntry } from './support/read-zip-entry';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

test.describe.configure({ timeout: 90_000 });

const TACE_PROMPT = /You logged 17 cases of chemoembolization \(TACE\): 12 at Riverbend Cancer Institute \(fictional\) and 5 at Lakeshore/;

async function openWorkspace(page: Page, openApp: () => Promise<unknown>) {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await expect(page.getByRole('heading', { name: 'Personal statement' })).toBeVisible();
}

test('a personalised prompt cites logged procedures and becomes a talking point backed by them', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  const prompt = page.getByRole('list', { name: 'Prompts from your log' }).getByRole('listitem', { name: TACE_PROMPT });
  await expect(prompt.getByLabel('From your log')).toContainText('Chemoembolization on 2026-01-06');
  await expect(prompt.getByLabel('From your log')).toContainText('and 15 more (13 cases, 2 experiences)');

  // Every prompt has this button; a screen reader hears which prompt it answers.
  await expect(prompt.getByRole('button', { name: 'Write a talking point' })).toHaveAccessibleDescription(TACE_PROMPT);
  await prompt.getByRole('button', { name: 'Write a talking point' }).click();
  const form = page.getByRole('form', { name: 'New talking point' });
  await expect(form).toContainText(TACE_PROMPT);
  await expect(form.getByText('Unsupported')).toBeHidden();
  await form.getByRole('textbox', { name: 'Talking point' }).fill('Watching tumour board pick TACE candidates taught me that IR decisions start before the angio suite.');
  await form.getByRole('button', { name: 'Save talking point' }).click();
  await expect(page.getByText('Talking point added')).toBeVisible();

  const point = page.getByRole('list', { name: 'Talking points' }).getByRole('listitem', { name: /Watching tumour board/ });
  await expect(point).toContainText('Answers: You logged 17 cases of chemoembolization (TACE)');
  await expect(point).toContainText('Chemoembolization on 2026-01-06');
  await expect(point).not.toContainText('Unsupported');
  // The sample's point with no evidence is flagged.
  await expect(page.getByRole('listitem', { name: /Studying for USMLE/ })).toContainText('Unsupported: no evidence from your log');

  // Saved: still there after a restart.
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: /Talking points/ }).click();
  await expect(page.getByRole('listitem', { name: /Watching tumour board/ })).toBeVisible();
});

test('a talking point that names a patient is held back until the user confirms', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: /Talking points/ }).click();
  await page.getByRole('button', { name: 'Add talking point' }).click();
  const form = page.getByRole('form', { name: 'New talking point' });
  await form.getByRole('textbox', { name: 'Talking point' }).fill('pt John Smith, MRN 1234567, changed how I think about consent');
  await expect(form.getByText('Unsupported')).toBeVisible();
  await form.getByRole('button', { name: 'Save talking point' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'This may identify a patient' })).toBeVisible();
  await expect(page.getByText('Talking point added')).toBeHidden();
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Save talking point' }).click();
  await expect(page.getByText('Talking point added')).toBeVisible();
});

test('the draft counts characters and words live, keeps versions, and exports to Word', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Draft' }).click();
  const draft = page.getByRole('textbox', { name: 'Personal statement' });
  const characters = page.getByLabel('Characters against the ERAS limit');
  const words = page.getByLabel('Words against about one page');
  await draft.fill('IR is clinical medicine.');
  await expect(characters).toHaveText('24 / 28,000 characters');
  await expect(words).toHaveText('4 / 800 words');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();

  await page.getByRole('textbox', { name: 'Version name' }).fill('Short one');
  const saveVersion = page.getByRole('button', { name: 'Save as version' });
  await saveVersion.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Saved versions' })).toContainText('Short one');
  // The name field is empty again, so there is nothing to save, but focus stays on the button.
  await expect(saveVersion).toBeFocused();
  await expect(saveVersion).toBeDisabled();

  await draft.fill('A longer second take on why I chose IR.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Unsaved text survives a look at another tab, and cannot be silently replaced by a restore.
  await page.getByRole('tab', { name: 'Prompts' }).click();
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(draft).toHaveValue('A longer second take on why I chose IR.');
  await expect(page.getByRole('button', { name: 'Restore Short one' })).toBeDisabled();
  await page.getByRole('button', { name: 'Save draft' }).click();
  // The first save's notice may still be showing; the badge tells this save apart.
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await page.getByRole('button', { name: 'Restore Short one' }).click();
  await page.getByRole('button', { name: 'Replace the draft with “Short one”' }).click();
  await expect(draft).toHaveValue('IR is clinical medicine.');
  await expect(page.getByRole('table', { name: 'Saved versions' })).toContainText('Before restoring “Short one”');

  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Statement (Word)' }).click()]);
  expect(download.suggestedFilename()).toBe('personal-statement.docx');
  const xml = await readZipEntry((await download.path())!, 'word/document.xml');
  expect(xml).toContain('Personal statement — Maya Castellano (sample)');
  expect(xml).toContain('IR is clinical medicine.');
});

test('the outline and talking points export to Word with their evidence', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Outline and talking points (Word)' }).click()]);
  const xml = await readZipEntry((await download.path())!, 'word/document.xml');
  expect(xml).toContain('Opening: the case that drew you to IR');
  expect(xml).toContain('Evidence: Chemoembolization on 2026-01-06');
});

test('an outline section title that names a patient is held back until the user confirms, losing nothing typed', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Outline' }).click();
  const title = page.getByLabel('Section 2', { exact: true }).getByRole('textbox', { name: 'Section title' });
  const risky = 'Ms. Jane Doe, DOB 1/2/1950, phone 312-555-0100';
  await title.fill(risky);
  await page.getByRole('button', { name: 'Save outline' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'This may identify a patient' });
  // The warning names the one section to fix, not every title of the outline.
  await expect(warning).toContainText('Section 2 title — patient name, date of birth, phone number');
  await expect(warning.locator('mark')).toHaveText(['Ms. Jane Doe', 'DOB 1/2/1950', '312-555-0100']);
  const firstTitle = await page.getByLabel('Section 1', { exact: true }).getByRole('textbox', { name: 'Section title' }).inputValue();
  await expect(warning).not.toContainText(firstTitle);
  await expect(title).toHaveValue(risky);
  await expect(page.getByText('Outline saved')).toBeHidden();

  await warning.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Save outline' }).click();
  await expect(page.getByText('Outline saved')).toBeVisible();
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(title).toHaveValue(risky);
});

test('unsaved draft and outline edits survive a look at another section and go into the exports', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Outline' }).click();
  const firstTitle = page.getByLabel('Section 1', { exact: true }).getByRole('textbox', { name: 'Section title' });
  await firstTitle.fill('Opening: the night a bleed stopped on the table');
  await page.getByRole('tab', { name: 'Draft' }).click();
  const draft = page.getByRole('textbox', { name: 'Personal statement' });
  await draft.fill('Not saved yet: the paragraph I wrote last night.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await gotoSection(page, 'Programs');
  // Wait for the other page: until it shows, the statement page is only hidden, not gone.
  await expect(page.getByRole('heading', { name: 'Programs', exact: true })).toBeVisible();
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(draft).toHaveValue('Not saved yet: the paragraph I wrote last night.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(firstTitle).toHaveValue('Opening: the night a bleed stopped on the table');
  await expect(page.getByRole('button', { name: 'Save outline' })).toBeEnabled();

  await page.getByRole('button', { name: 'Export' }).click();
  const [statement] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Statement (Markdown)' }).click()]);
  expect(readFileSync((await statement.path())!, 'utf8')).toContain('Not saved yet: the paragraph I wrote last night.');
  await page.getByRole('button', { name: 'Export' }).click();
  const [outline] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Outline and talking points (Markdown)' }).click()]);
  expect(readFileSync((await outline.path())!, 'utf8')).toContain('Opening: the night a bleed stopped on the table');

  // Kept in memory only: a restart shows the saved draft, nothing unchecked reached the disk.
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(draft).not.toHaveValue('Not saved yet: the paragraph I wrote last night.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});
