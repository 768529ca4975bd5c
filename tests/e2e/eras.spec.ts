import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readZipEntry } from './support/read-zip-entry';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

test.describe.configure({ timeout: 90_000 });

const RESEARCH = 'Retrospective review of TACE response rates by tumour size';
const entries = (page: Page) => page.getByRole('list', { name: 'ERAS entries' });

async function openBuilder(page: Page, openApp: () => Promise<unknown>) {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'ERAS experiences');
  await expect(page.getByLabel('Experiences chosen')).toHaveText('2 / 10 experiences');
}

test('marks a second entry most meaningful with a reflection, and finds it saved after a restart', async ({ page, openApp }) => {
  await openBuilder(page, openApp);
  await expect(page.getByLabel('Most meaningful chosen')).toHaveText('1 / 3 most meaningful');
  const research = entries(page).getByRole('listitem', { name: RESEARCH });
  // The sample's first reflection tells the statement's opening story.
  await expect(entries(page).getByRole('listitem').first()).toContainText('Also told in your statement outline: “TACE taught me that patient selection');
  await expect(research).not.toContainText('Also told in your statement outline');
  await research.getByRole('checkbox', { name: `Most meaningful: ${RESEARCH}` }).check();
  const reflection = 'Building the data set myself taught me how much care good evidence takes.';
  await research.getByRole('textbox', { name: `Why ${RESEARCH} was most meaningful` }).fill(reflection);
  await expect(research.getByLabel(`Reflection length of ${RESEARCH}`)).toHaveText(`${reflection.length} / 300 characters`);
  const point = research.getByRole('combobox', { name: `Talking point the reflection on ${RESEARCH} tells` });
  await point.click();
  await page.getByRole('option', { name: /^Following a patient from consent/ }).click();
  // That point is in the outline too: the same story twice, named beside the one the research itself backs.
  await expect(research).toContainText('Also told in your statement outline: “Following a patient from consent');
  await expect(research).toContainText('“Our TACE response review taught me');
  await research.getByRole('button', { name: `Move ${RESEARCH} up` }).click();
  await expect(entries(page).getByRole('listitem').first()).toHaveAccessibleName(RESEARCH);
  await page.getByRole('button', { name: 'Save ERAS experiences' }).click();
  await expect(page.getByText('ERAS experiences saved')).toBeVisible();

  await openApp({ hash: '#/eras' });
  await expect(page.getByLabel('Most meaningful chosen')).toHaveText('2 / 3 most meaningful');
  await expect(entries(page).getByRole('listitem').first()).toHaveAccessibleName(RESEARCH);
  await expect(entries(page).getByRole('listitem', { name: RESEARCH }).getByRole('textbox', { name: `Why ${RESEARCH} was most meaningful` })).toHaveValue(/Building the data set myself/);
  await expect(entries(page).getByRole('listitem', { name: RESEARCH }).getByRole('combobox', { name: `Talking point the reflection on ${RESEARCH} tells` })).toHaveValue(/^Following a patient from consent/);
});

test('a removed entry comes back with Undo, written text and mark included, and is saved after a restart', async ({ page, openApp }) => {
  await openBuilder(page, openApp);
  const first = entries(page).getByRole('listitem').first();
  const title = (await first.getAttribute('aria-label'))!;
  const reflection = await first.getByRole('textbox', { name: `Why ${title} was most meaningful` }).inputValue();
  expect(reflection).not.toBe('');
  const rewritten = 'Rewritten before removing: four weeks of TACE and Y90 work-ups.';
  await first.getByRole('textbox', { name: `Description of ${title}` }).fill(rewritten);

  await first.getByRole('button', { name: `Remove ${title} from ERAS` }).click();
  await expect(page.getByLabel('Experiences chosen')).toHaveText('1 / 10 experiences');
  // Focus goes to the entry that took its place, not back to the top of the page.
  await expect(entries(page).getByRole('heading', { name: `1. ${RESEARCH}` })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();

  const back = entries(page).getByRole('listitem').first();
  await expect(back).toHaveAccessibleName(title);
  await expect(entries(page).getByRole('heading', { name: `1. ${title}` })).toBeFocused();
  await expect(back.getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(rewritten);
  await expect(back.getByRole('checkbox', { name: `Most meaningful: ${title}` })).toBeChecked();
  await expect(back.getByRole('textbox', { name: `Why ${title} was most meaningful` })).toHaveValue(reflection);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Discard asks first, naming what it would throw away.
  await page.getByRole('button', { name: 'Discard changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard your changes to the ERAS entries?' });
  await expect(dialog).toContainText('Unsaved changes to 1 entry: 1 edited.');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Save ERAS experiences' }).click();
  await expect(page.getByText('ERAS experiences saved')).toBeVisible();
  await openApp({ hash: '#/eras' });
  const saved = entries(page).getByRole('listitem').first();
  await expect(saved).toHaveAccessibleName(title);
  await expect(saved.getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(rewritten);
  await expect(saved.getByRole('checkbox', { name: `Most meaningful: ${title}` })).toBeChecked();
  await expect(saved.getByRole('textbox', { name: `Why ${title} was most meaningful` })).toHaveValue(reflection);
  await expect(page.getByLabel('Experiences chosen')).toHaveText('2 / 10 experiences');

  // Discarding, once confirmed, goes back to the saved text and leaves focus on the page's heading.
  await saved.getByRole('textbox', { name: `Description of ${title}` }).fill('A change to throw away.');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(saved.getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(rewritten);
  await expect(page.getByRole('heading', { name: 'ERAS experiences', exact: true })).toBeFocused();
});

test('a description with smart quotes and an emoji is flagged for plain text, and long text is shown as over, never cut', async ({ page, openApp }) => {
  await openBuilder(page, openApp);
  const suggestions = page.getByRole('list', { name: 'Suggested experiences' });
  const first = suggestions.getByRole('listitem').first();
  const title = (await first.getByRole('button').getAttribute('aria-label'))!.replace(/^Add (.*) to ERAS$/, '$1');
  await first.getByRole('button').click();
  await expect(page.getByLabel('Experiences chosen')).toHaveText('3 / 10 experiences');

  const entry = entries(page).getByRole('listitem', { name: title });
  const description = entry.getByRole('textbox', { name: `Description of ${title}` });
  await description.fill('I “saw” TIPS — twice 🙂');
  const check = entry.getByRole('group', { name: `Plain-text check: description of ${title}` });
  await expect(check).toContainText('Curly quotes made straight');
  await expect(check).toContainText('Emoji and symbols removed');
  await check.getByRole('button', { name: 'Use plain text' }).click();
  await expect(description).toHaveValue('I "saw" TIPS - twice');
  await expect(check).toBeHidden();

  // The Copy button puts the ready plain-text block on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await entry.getByRole('button', { name: `Copy ${title} as plain text` }).click();
  await expect(entry.getByRole('button', { name: `Copy ${title} as plain text` })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Experience: ${title}`);
  expect(copied).toContain('Description:\nI "saw" TIPS - twice');

  const long = 'Scrubbed in on embolization cases and followed patients to clinic. '.repeat(12);
  await description.fill(long);
  // Counted as Copy gives it: the trailing space is trimmed.
  await expect(entry.getByLabel(`Description length of ${title}`)).toHaveText(`${long.trim().length} / 750 characters — ${long.trim().length - 750} over`);
  // Unsaved text survives a look at another section.
  await gotoSection(page, 'Settings & data');
  // Wait for the other page: until it shows, this one is only hidden, not gone.
  await expect(page.getByRole('heading', { name: 'Settings & data', exact: true })).toBeVisible();
  await gotoSection(page, 'ERAS experiences');
  await expect(entries(page).getByRole('listitem', { name: title }).getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(long);
  await page.getByRole('button', { name: 'Save ERAS experiences' }).click();
  await expect(page.getByText('ERAS experiences saved')).toBeVisible();
  await openApp({ hash: '#/eras' });
  await expect(entries(page).getByRole('listitem', { name: title }).getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(long);
});

test('a lowered experiences limit in Settings stops the builder from adding more', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Settings & data');
  const limits = page.getByRole('form', { name: 'ERAS limits' });
  await limits.getByRole('textbox', { name: 'Experiences on the application' }).fill('0');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.getByText('Experiences on the application: must be at least 1')).toBeVisible();
  await limits.getByRole('textbox', { name: 'Experiences on the application' }).fill('2.5');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.getByText('Experiences on the application: use a whole number')).toBeVisible();
  await limits.getByRole('textbox', { name: 'Experiences on the application' }).fill('-5');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.getByText('Experiences on the application: cannot be negative; enter a whole number of at least 1')).toBeVisible();
  // Two experiences cannot hold three most meaningful ones: refused until that limit comes down too.
  await limits.getByRole('textbox', { name: 'Experiences on the application' }).fill('2');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(limits.getByText('"Most meaningful" experiences: 3 is more than the 2 experiences on the application')).toBeVisible();
  await limits.getByRole('textbox', { name: '"Most meaningful" experiences' }).fill('2');
  const save = limits.getByRole('button', { name: 'Save limits' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Limits saved')).toBeVisible();
  // Nothing is left to save, and focus stays on the button instead of falling to the top of the page.
  await expect(save).toBeFocused();
  await expect(save).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Limits saved')).toHaveCount(1);

  await gotoSection(page, 'ERAS experiences');
  await expect(page.getByLabel('Experiences chosen')).toHaveText('2 / 2 experiences');
  await expect(page.getByLabel('Most meaningful chosen')).toHaveText('1 / 2 most meaningful');
  await expect(page.getByText('You have chosen 2, the most ERAS takes.')).toBeVisible();
  const addButtons = page.getByRole('list', { name: 'Suggested experiences' }).getByRole('button');
  for (const button of await addButtons.all()) await expect(button).toBeDisabled();
});

test('the exposure portfolio exports to Word with procedure totals by category', async ({ page, openApp }) => {
  await openBuilder(page, openApp);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Exposure portfolio (Word)' }).click()]);
  expect(download.suggestedFilename()).toBe('exposure-portfolio.docx');
  const xml = await readZipEntry((await download.path())!, 'word/document.xml');
  expect(xml).toContain('IR exposure portfolio — Maya Castellano (sample)');
  expect(xml).toContain('IR procedures logged: 152');
  expect(xml).toContain('Oncologic: 54');
  expect(xml).toContain('Portal / hepatic: 0');

  await page.getByRole('button', { name: 'Export' }).click();
  const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'ERAS entries (plain text)' }).click()]);
  expect(text.suggestedFilename()).toBe('eras-experiences.txt');
  const plain = await readFile((await text.path())!, 'utf8');
  expect(plain).toContain(`2.\nExperience: ${RESEARCH}`);

  await page.getByRole('button', { name: 'Export' }).click();
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Exposure portfolio (Markdown)' }).click()]);
  expect(await readFile((await markdown.path())!, 'utf8')).toContain('## IR procedures logged: 152');

  // The preview cannot render a PDF itself (the desktop app uses printToPDF, see
  // tests/electron): both buttons hand the page to the browser's print dialog.
  await page.evaluate(() => {
    let printed = 0;
    window.print = () => document.body.setAttribute('data-printed', String((printed += 1)));
  });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Exposure portfolio: print / save as PDF' }).click();
  await expect(page.getByLabel('Printable document')).toContainText('Oncologic: 54');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '2');
});

test('a confirmed description is not asked about again when another entry is edited and saved, and the warning names its entry', async ({ page, openApp }) => {
  await openBuilder(page, openApp);
  const first = entries(page).getByRole('listitem').first();
  const title = (await first.getAttribute('aria-label'))!;
  const research = entries(page).getByRole('listitem', { name: RESEARCH });
  const researchBefore = await research.getByRole('textbox', { name: `Description of ${RESEARCH}` }).inputValue();
  const flagged = 'Followed Mrs. Garcia from consent to clinic follow-up.';
  await first.getByRole('textbox', { name: `Description of ${title}` }).fill(flagged);
  const save = page.getByRole('button', { name: 'Save ERAS experiences' });
  await save.click();

  // The warning says which entry it is about and quotes only that entry's text.
  const warning = page.getByRole('alert').filter({ hasText: 'This may identify a patient' });
  await expect(warning).toContainText(`${title}: Experience description — patient name`);
  await expect(warning).toContainText(flagged);
  await expect(warning).not.toContainText(researchBefore);
  await warning.getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }).check();
  await save.click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(warning).toBeHidden();

  // Editing the other entry saves straight away: the confirmed text was checked when it was saved.
  const rewritten = 'Built the response data set myself and presented it at the department meeting.';
  await research.getByRole('textbox', { name: `Description of ${RESEARCH}` }).fill(rewritten);
  await save.click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(warning).toBeHidden();

  await openApp({ hash: '#/eras' });
  await expect(entries(page).getByRole('listitem', { name: title }).getByRole('textbox', { name: `Description of ${title}` })).toHaveValue(flagged);
  await expect(entries(page).getByRole('listitem', { name: RESEARCH }).getByRole('textbox', { name: `Description of ${RESEARCH}` })).toHaveValue(rewritten);
});
