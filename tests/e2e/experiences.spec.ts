import type { Page } from '@playwright/test';
import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

// Each test starts the bridge (and some restart it) and drives long forms; on a shared
// two-core machine that can pass the default 30 s.
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page) => page.getByRole('dialog');

async function chooseKind(page: Page, kind: string) {
  await dialog(page).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
}

test('adds an observership from an empty log and finds it again after a restart', async ({ page, openApp }) => {
  await openApp();
  await gotoSection(page, 'Experiences');
  await expect(page.getByText('Nothing logged yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add experience' }).click();
  // An empty form is refused at the fields, and nothing is saved.
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(dialog(page).getByText('Title is required')).toBeVisible();
  await expect(dialog(page).getByText('Start date is required')).toBeVisible();

  await chooseKind(page, 'Observership');
  await dialog(page).getByLabel('Title').fill('IR observership at a fictional academic center');
  await dialog(page).getByLabel('Organisation or site').fill('Fictional University Hospital');
  await dialog(page).getByLabel('City').fill('Cleveland');
  await dialog(page).getByLabel('State or country').fill('Ohio');
  await dialog(page).getByLabel('Based in the US').check();
  await dialog(page).getByLabel('Start date').fill('2026-01-05');
  await dialog(page).getByLabel('End date').fill('2025-12-01');
  await dialog(page).getByText('Per week × weeks').click();
  await dialog(page).getByLabel('Hours per week').fill('40');
  await dialog(page).getByLabel('Number of weeks').fill('8');
  await dialog(page).getByLabel('Could write me a letter').check();
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(dialog(page).getByText('The end date is before the start date')).toBeVisible();

  await dialog(page).getByLabel('End date').fill('2026-02-27');
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(page.getByText('Experience added')).toBeVisible();
  await expect(dialog(page)).toBeHidden();

  const card = page.getByRole('article', { name: 'IR observership at a fictional academic center' });
  await expect(card).toContainText('320 h (40 h/week × 8 weeks)');
  await expect(card).toContainText('US-based');
  await expect(card).toContainText('Can write a letter');
  await expect(card).toContainText('Jan 2026 – Feb 2026');
  await expect(card).toContainText('ERAS: Education / training');

  await openApp({ hash: '#/experiences' });
  const reloaded = page.getByRole('article', { name: 'IR observership at a fictional academic center' });
  await expect(reloaded).toContainText('320 h (40 h/week × 8 weeks)');
  await expect(reloaded).toContainText('Fictional University Hospital · Cleveland, Ohio');
});

test('warns about a patient identifier in a description, and not about a clean reflection', async ({ page, openApp }) => {
  await openApp({ hash: '#/experiences' });
  await page.getByRole('button', { name: 'Add experience' }).click();
  await chooseKind(page, 'Observership');
  await dialog(page).getByLabel('Title').fill('Weekend IR observership');
  await dialog(page).getByLabel('Start date').fill('2026-03-02');
  await dialog(page).getByLabel('Total hours').fill('16');
  const description = dialog(page).getByLabel('Description');

  await description.fill('Followed patient Maria Lopez, MRN 48213377, after her TIPS.');
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  const warning = dialog(page).getByRole('alert').filter({ hasText: 'This may identify a patient' });
  await expect(warning).toBeVisible();
  await expect(warning.locator('mark')).toHaveCount(2);
  await expect(dialog(page)).toBeVisible();

  await description.fill('A 65-year-old with HCC underwent TACE on 3 March; I saw the pre-procedure consult.');
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  await expect(page.getByText('Experience added')).toBeVisible();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('article', { name: 'Weekend IR observership' })).toContainText('A 65-year-old with HCC underwent TACE');
});

test('deleting a research project can be undone, links to its outputs included', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Experiences');

  const title = 'Retrospective review of TACE response rates by tumour size';
  const project = page.getByRole('article', { name: title });
  await expect(project.getByRole('list', { name: `Outputs of ${title}` }).getByRole('listitem')).toHaveCount(2);

  // From the keyboard: focus stays on the page (its title) when the card and its button go.
  await project.getByRole('button', { name: `Delete “${title}”` }).focus();
  await page.keyboard.press('Enter');
  await expect(project).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Experiences', level: 2 })).toBeFocused();
  // Its outputs are kept, shown as stand-alone until the project comes back.
  await expect(page.getByRole('region', { name: 'Stand-alone research outputs' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(project.getByRole('list', { name: `Outputs of ${title}` }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Stand-alone research outputs' })).toBeHidden();

  await openApp({ hash: '#/experiences' });
  await expect(page.getByRole('article', { name: title }).getByRole('listitem')).toHaveCount(2);
});
