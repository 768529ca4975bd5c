import type { Page } from '@playwright/test';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

// Where focus goes after a talking point is saved from a prompt, and the ways back from outline
// changes: Undo for a removed section, Discard changes for everything not saved.

test.describe.configure({ timeout: 90_000 });

const TACE_PROMPT = /You logged 17 cases of chemoembolization \(TACE\)/;
const OPENING = 'Opening: the case that drew you to IR';
const OPENING_POINT = 'TACE taught me that patient selection';

const section = (page: Page, position: number) => page.getByLabel(`Section ${position}`, { exact: true });
const sectionTitle = (page: Page, position: number) => section(page, position).getByRole('textbox', { name: 'Section title' });

async function openWorkspace(page: Page, openApp: () => Promise<unknown>) {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await expect(page.getByRole('heading', { name: 'Personal statement' })).toBeVisible();
}

async function expectSavedOutline(page: Page) {
  await expect(sectionTitle(page, 1)).toHaveValue(OPENING);
  await expect(section(page, 1)).toContainText(OPENING_POINT);
  await expect(sectionTitle(page, 2)).toHaveValue('What you saw and learned');
  await expect(sectionTitle(page, 4)).toHaveValue('Career goal and what you bring');
  await expect(section(page, 5)).toHaveCount(0);
}

test('a talking point written from a prompt takes focus once saved, and cites its evidence in the prompt’s words', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  const prompt = page.getByRole('list', { name: 'Prompts from your log' }).getByRole('listitem', { name: TACE_PROMPT });
  await prompt.getByRole('button', { name: 'Write a talking point' }).click();
  const form = page.getByRole('form', { name: 'New talking point' });
  await form.getByRole('textbox', { name: 'Talking point' }).fill('Tumour board showed me that IR decisions start before the angio suite.');
  await form.getByRole('button', { name: 'Save talking point' }).click();

  const point = page.getByRole('list', { name: 'Talking points' }).getByRole('listitem', { name: /^Tumour board showed me/ });
  await expect(point).toBeFocused();
  await expect(page.getByRole('tab', { name: /Talking points/ })).toHaveAttribute('aria-selected', 'true');
  // The prompt's evidence list ends the same way on the point as on the prompt.
  await expect(point).toContainText('and 15 more (13 cases, 2 experiences)');
  // Tab goes on to the point's own buttons, not back to the top of the page.
  await page.keyboard.press('Tab');
  await expect(point.getByRole('button', { name: /^Edit Tumour board/ })).toBeFocused();

  // The same from the prompt library.
  await page.getByRole('tab', { name: 'Prompts' }).click();
  await page.getByRole('button', { name: /^Answer: / }).first().click();
  await form.getByRole('textbox', { name: 'Talking point' }).fill('An answer from the library.');
  await form.getByRole('button', { name: 'Save talking point' }).click();
  await expect(page.getByRole('listitem', { name: 'An answer from the library.' })).toBeFocused();
});

test('a removed outline section comes back with its talking points on Undo, before and after Save outline', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Outline' }).click();

  await page.getByRole('button', { name: `Remove ${OPENING}` }).click();
  await expect(sectionTitle(page, 1)).toHaveValue('What you saw and learned');
  // Focus is on the next section's Remove button, not in a text field, so Ctrl+Z undoes the removal.
  await expect(page.getByRole('button', { name: 'Remove What you saw and learned' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expectSavedOutline(page);
  await expect(sectionTitle(page, 1)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save outline' })).toHaveAttribute('aria-disabled', 'true');

  // Saved without it, then brought back: it is on screen again, to be saved again.
  await page.getByRole('button', { name: `Remove ${OPENING}` }).click();
  await page.getByRole('button', { name: 'Save outline' }).click();
  await expect(page.getByText('Outline saved')).toBeVisible();
  await expect(sectionTitle(page, 1)).toHaveValue('What you saw and learned');
  await page.getByText(`Removed “${OPENING}” from the outline`).hover();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectSavedOutline(page);
  await page.getByRole('button', { name: 'Save outline' }).click();
  await expect(page.getByRole('button', { name: 'Save outline' })).toHaveAttribute('aria-disabled', 'true');

  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expectSavedOutline(page);
});

test('Add section puts focus in its title, and Discard changes returns to the saved outline', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Outline' }).click();
  const discard = page.getByRole('tabpanel', { name: 'Outline' }).getByRole('button', { name: 'Discard changes' });
  await expect(discard).toBeDisabled();

  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(sectionTitle(page, 5)).toBeFocused();
  // The placeholder title is selected: typing replaces it.
  await page.keyboard.type('Research year');
  await expect(sectionTitle(page, 5)).toHaveValue('Research year');

  await sectionTitle(page, 2).fill('Retitled, not saved');
  await page.getByRole('button', { name: 'Move Career goal and what you bring up' }).click();
  await page.getByRole('button', { name: `Remove ${OPENING}` }).click();
  await discard.click();
  const ask = page.getByRole('dialog', { name: 'Discard your changes to the outline?' });
  await ask.getByRole('button', { name: 'Discard changes' }).click();

  await expectSavedOutline(page);
  await expect(page.getByRole('heading', { name: 'Outline', exact: true })).toBeFocused();
  await expect(discard).toBeDisabled();
  // Nothing left unsaved: a restart shows the saved outline as it was.
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expectSavedOutline(page);
});

test('an empty draft cannot be kept as a version, and the page says why', async ({ page, openApp }) => {
  await openWorkspace(page, openApp);
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('textbox', { name: 'Personal statement' }).fill('   ');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();

  await page.getByRole('textbox', { name: 'Version name' }).fill('Blank page');
  const saveVersion = page.getByRole('button', { name: 'Save as version' });
  await expect(saveVersion).toBeDisabled();
  await expect(saveVersion).toHaveAccessibleDescription('The draft is empty. Write and save some text first: a version keeps a copy of it.');
  await saveVersion.click({ force: true });
  await expect(page.getByRole('cell', { name: 'Blank page' })).toHaveCount(0);
});
