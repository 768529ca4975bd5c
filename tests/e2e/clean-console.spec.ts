import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

const SECTION_LABELS = [
  'Dashboard',
  'Exposure dashboard',
  'Profile',
  'Experiences',
  'Procedure log',
  'Programs',
  'Ranking & signals',
  'Personal statement',
  'ERAS experiences',
  'Settings & data',
];

test('every section opens with the sample applicant without a console error, a page error or a failed request', async ({ page, openApp }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${new URL(request.url()).pathname}`));

  await openApp();
  await loadSampleApplicant(page);
  for (const label of SECTION_LABELS) {
    await gotoSection(page, label);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});
