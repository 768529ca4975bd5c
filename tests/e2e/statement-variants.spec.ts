import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

test.describe.configure({ timeout: 90_000 });

const PROGRAM = 'Northfield University IR (fictional)';

test('a program-specific paragraph is edited in place, and a deleted one comes back with Undo', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();

  await page.getByRole('combobox', { name: 'Program', exact: true }).click();
  await page.getByRole('option', { name: PROGRAM }).click();
  await page.getByRole('textbox', { name: 'Replaces which paragraph' }).fill('Closing');
  await page.getByRole('textbox', { name: 'Paragraph for this program' }).fill('Northfield’s clinic model is why I want to train tehre.');
  await page.getByRole('button', { name: 'Add paragraph' }).click();
  await expect(page.getByText('Paragraph added')).toBeVisible();
  const list = page.getByRole('list', { name: 'Program-specific paragraphs' });
  const paragraph = list.getByRole('listitem', { name: `${PROGRAM} — Closing` });
  await expect(paragraph).toContainText('train tehre.');
  // Focus goes to the list's heading, not the top of the page.
  await expect(page.getByRole('heading', { name: 'Program-specific paragraphs' })).toBeFocused();

  // A typo is fixed in place, not by deleting and retyping.
  await paragraph.getByRole('button', { name: `Edit the paragraph for ${PROGRAM} — Closing` }).click();
  const text = page.getByRole('textbox', { name: 'Paragraph for this program' });
  await expect(text).toHaveValue('Northfield’s clinic model is why I want to train tehre.');
  await expect(text).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Replaces which paragraph' })).toHaveValue('Closing');
  await text.fill('Northfield’s clinic model is why I want to train there.');
  await page.getByRole('button', { name: 'Save paragraph' }).click();
  await expect(page.getByText('Paragraph updated')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(paragraph).toContainText('train there.');
  await expect(page.getByRole('button', { name: 'Add paragraph' })).toBeVisible();

  await paragraph.getByRole('button', { name: `Delete the paragraph for ${PROGRAM} — Closing` }).click();
  await expect(page.getByText('Paragraph deleted')).toBeVisible();
  await expect(paragraph).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(paragraph).toContainText('train there.');

  // Back for good: still there after a restart.
  await openApp({ hash: '#/statement' });
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(page.getByRole('list', { name: 'Program-specific paragraphs' }).getByRole('listitem', { name: `${PROGRAM} — Closing` })).toContainText('train there.');
});
