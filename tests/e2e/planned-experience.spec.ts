import type { Page } from '@playwright/test';
import { expect, gotoSection, test } from './support/fixtures';

// An experience that has not started yet is intent, not exposure: it must not add hours or
// close a gap. Starts from an empty data folder; the planned dates lie years ahead of any
// clock this runs under.
test.describe.configure({ timeout: 90_000 });

const dialog = (page: Page) => page.getByRole('dialog');

async function addExperience(
  page: Page,
  fields: { kind: string; title: string; start: string; end: string; hours: string; usBased?: boolean; letter?: boolean },
) {
  await page.getByRole('button', { name: 'Add experience' }).click();
  await dialog(page).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: fields.kind, exact: true }).click();
  await dialog(page).getByLabel('Title').fill(fields.title);
  if (fields.usBased) await dialog(page).getByLabel('Based in the US').check();
  await dialog(page).getByLabel('Start date').fill(fields.start);
  await dialog(page).getByLabel('End date').fill(fields.end);
  await dialog(page).getByLabel('Total hours').fill(fields.hours);
  if (fields.letter) await dialog(page).getByLabel('Could write me a letter').check();
  await dialog(page).getByRole('button', { name: 'Save experience' }).click();
  // The dialog closes once the experience is saved; the message of an earlier one may still show.
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText('Experience added').last()).toBeVisible();
}

test('a planned observership adds no hours and leaves the letter-writer gap open, named as planned', async ({ page, openApp }) => {
  await openApp({ hash: '#/exposure' });
  await gotoSection(page, 'Experiences');
  await addExperience(page, { kind: 'Virtual lecture or case conference', title: 'Online IR case conferences', start: '2026-01-10', end: '2026-02-10', hours: '10' });
  await addExperience(page, {
    kind: 'Observership',
    title: 'Trauma IR observership',
    start: '2030-06-01',
    end: '2030-07-01',
    hours: '100',
    usBased: true,
    letter: true,
  });

  await gotoSection(page, 'Exposure dashboard');
  const hours = page.getByRole('group', { name: 'Experience hours' });
  await expect(hours).toContainText('across 1 experience · 100 h planned');
  await expect(hours).not.toContainText('110');

  const gaps = page.getByRole('list', { name: 'Exposure gaps' });
  const letterGap = gaps.getByRole('listitem').filter({ hasText: 'Nobody lined up to write a letter' });
  await expect(letterGap).toContainText('Planned: Trauma IR observership, June 2030');
  const usGap = gaps.getByRole('listitem').filter({ hasText: 'No US-based IR experience yet' });
  await expect(usGap).toContainText('Planned: Trauma IR observership, June 2030');
});
