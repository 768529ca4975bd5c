import type { Locator, Page } from '@playwright/test';

/** The procedure log's count line ("152 entries"). */
export const logCount = (page: Page): Locator => page.getByTestId('procedure-log-count');

/** Picks `text` as a CSV file in the Procedure log, checks its rows and returns the import dialog. */
export async function importCsvText(page: Page, name: string, text: string): Promise<Locator> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog', { name: `Import ${name}` });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  return dialog;
}
