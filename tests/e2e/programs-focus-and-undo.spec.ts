import { readFile } from 'node:fs/promises';
import { addProgram, expect as baseExpect, gotoSection, test } from './support/fixtures';

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const focusedText = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedTag = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

test('keyboard focus lands on the program, the list row or the title, never on the page', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, 'Alpha IR');
  // "Add and edit" opens the program with its name focused.
  await expect(page.getByRole('heading', { name: 'Alpha IR' })).toBeFocused();

  await page.getByRole('button', { name: 'All programs' }).click();
  await expect(page.getByRole('button', { name: 'Alpha IR', exact: true })).toBeFocused();

  await addProgram(page, 'Bravo IR');
  await page.getByRole('button', { name: 'All programs' }).click();
  await page.getByRole('button', { name: 'Delete Alpha IR' }).click();
  await expect(page.getByRole('button', { name: 'Bravo IR', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Delete Bravo IR' }).click();
  await expect(page.getByText('No programs yet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Programs', exact: true })).toBeFocused();
  expect(await focusedTag(page)).not.toBe('BODY');
  expect(await focusedText(page)).toBe('Programs');
});

test('undoing a delete after a program of the same name was added brings it back renamed', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, 'Tie B');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Met the PD at RSNA');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('All changes saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete program' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();

  await page.getByRole('button', { name: 'Add program', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Program name' }).fill('Tie B');
  await page.getByRole('button', { name: 'Add and edit' }).click();
  await page.getByRole('heading', { name: 'Tie B' }).waitFor();
  await undo.click();
  await expect(page.getByText('Tie B is back as “Tie B (restored)”, because another program is now called “Tie B”')).toBeVisible();

  await page.getByRole('button', { name: 'All programs' }).click();
  await page.getByRole('button', { name: 'Tie B (restored)', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Met the PD at RSNA');
});

test('the program CSV opens in Excel with its curly quotes intact', async ({ page, openApp }) => {
  await openApp();
  await addProgram(page, 'St. Brigid’s IR');
  await gotoSection(page, 'Programs');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('St. Brigid’s IR');
});

test('a long unbroken program name wraps inside the header of a narrow window', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 960, height: 640 });
  await openApp();
  const name = `Saint${'x'.repeat(150)}`;
  await addProgram(page, name);
  const heading = page.getByRole('heading', { name });
  const box = await heading.boundingBox();
  const deleteBox = await page.getByRole('button', { name: 'Delete program' }).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(deleteBox!.x);
  expect(box!.height).toBeGreaterThan(40); // wrapped onto more than one line
  await page.screenshot({ path: test.info().outputPath('long-name.png') });
});
