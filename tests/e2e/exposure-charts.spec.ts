import { expect, gotoSection, test } from './support/fixtures';

// What jsdom cannot draw: the charts' axes and bars for a log of a single case.
test.describe.configure({ timeout: 90_000 });

test('one logged case gives whole-number axes, a visible bar, and months on to the current one', async ({ page, openApp }) => {
  await openApp({ hash: '#/exposure' });
  await gotoSection(page, 'Procedure log');
  const form = page.getByRole('form', { name: 'Log a case' });
  const procedure = form.getByRole('combobox', { name: 'Procedure' });
  await procedure.click();
  await procedure.fill('angioplasty');
  await page.getByRole('option', { name: /^Peripheral angioplasty and stenting/ }).click();
  // The first of the month three months back: the chart should run on through three empty months.
  const now = new Date();
  const earlier = new Date(now.getFullYear(), now.getMonth() - 3, 1);
  const caseDate = `${earlier.getFullYear()}-${String(earlier.getMonth() + 1).padStart(2, '0')}-01`;
  await form.getByRole('textbox', { name: 'Date' }).fill(caseDate);
  await form.getByRole('radio', { name: 'Observed' }).check();
  await form.getByRole('button', { name: 'Log case' }).click();
  await expect(page.getByTestId('procedure-log-count')).toHaveText('1 entry');

  await gotoSection(page, 'Exposure dashboard');
  for (const title of ['Cases by category', 'Cases per month']) {
    const chart = page.getByRole('region', { name: title });
    const ticks = chart.locator('.recharts-cartesian-axis-tick-value');
    await expect(ticks.first()).toBeVisible();
    const numbers = (await ticks.allTextContents()).filter((label) => /^\d/.test(label));
    // A log of one case once got ticks at 0, 0.25, 0.5, 0.75 and 1.
    expect(numbers, `${title} axis`).toEqual(['0', '1']);
  }
  const months = page.getByRole('region', { name: 'Cases per month' });
  const bar = months.locator('.recharts-bar-rectangle path');
  await expect(bar).toHaveCount(1);
  const box = await bar.boundingBox();
  // The one bar reaches the top tick, not a sliver at the foot of a taller axis.
  expect(box?.height ?? 0).toBeGreaterThan(100);
  const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric' });
  for (const month of [earlier, now]) {
    await expect(months.locator('.recharts-cartesian-axis-tick-value').filter({ hasText: monthLabel.format(month) })).toBeVisible();
  }
});
