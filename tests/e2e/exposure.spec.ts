import { expect, gotoSection, loadSampleApplicant, test } from './support/fixtures';

// Each test starts the bridge (and some restart it) and drives long forms; on a shared
// two-core machine that can pass the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('an empty log shows what to log first', async ({ page, openApp }) => {
  await openApp({ hash: '#/exposure' });
  await expect(page.getByRole('group', { name: 'Cases logged' })).toContainText('0');
  const gaps = page.getByRole('list', { name: 'Exposure gaps' });
  await expect(gaps).toContainText('Start your procedure log');
  await expect(gaps).toContainText('Add your first IR experience');
});

test('the sample applicant’s dashboard shows totals, coverage and the portal/hepatic gap', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);

  const summaryCard = page.getByLabel('Exposure summary');
  await expect(summaryCard).toContainText('152');
  await expect(summaryCard).toContainText('7 of 8 categories');
  await summaryCard.getByRole('button', { name: 'Open exposure dashboard' }).click();

  await expect(page.getByRole('heading', { name: 'Exposure dashboard' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Cases logged' })).toContainText('152');
  await expect(page.getByRole('group', { name: 'Categories covered' })).toContainText('7 of 8');
  await expect(page.getByLabel('Coverage summary')).toHaveText(/^7 of 8 categories · \d+% advanced$/);
  await expect(page.getByRole('listitem', { name: 'Portal / hepatic: not yet seen' })).toBeVisible();

  const portalGap = page.getByRole('list', { name: 'Exposure gaps' }).getByRole('listitem').filter({ hasText: 'No TIPS or portal vein work yet' });
  await expect(portalGap).toContainText(/transplant/i);
  await expect(page.getByRole('list', { name: 'Cases by role' })).toContainText('Observed');
});

test('adding an output to the sample’s research project changes outputs by status', async ({ page, openApp }) => {
  await openApp();
  await loadSampleApplicant(page);
  await gotoSection(page, 'Exposure dashboard');
  const byStatus = page.getByRole('list', { name: 'Research outputs by status' });
  await expect(byStatus.getByRole('listitem').filter({ hasText: 'In progress' })).toHaveText(/In progress\s*0/);
  await expect(page.getByRole('group', { name: 'Research outputs' })).toContainText('2');

  await gotoSection(page, 'Experiences');
  const project = page.getByRole('article', { name: 'Retrospective review of TACE response rates by tumour size' });
  await project.getByRole('button', { name: 'Add output' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Case report', exact: true }).click();
  await dialog.getByLabel('Title').fill('Delayed bleed after hepatic chemoembolization: a case report');
  await dialog.getByLabel('DOI').fill('https://doi.org/10.1000/xyz');
  await dialog.getByLabel('Link').fill('not a link');
  await dialog.getByRole('button', { name: 'Save output' }).click();
  await expect(dialog.getByText('A DOI looks like 10.1234/abcd')).toBeVisible();
  await expect(dialog.getByText('Use a full web address starting with https://')).toBeVisible();

  await dialog.getByLabel('DOI').fill('10.1000/xyz');
  await dialog.getByLabel('Link').fill('');
  await dialog.getByRole('button', { name: 'Save output' }).click();
  await expect(page.getByText('Research output added')).toBeVisible();
  await expect(project.getByRole('listitem', { name: 'Delayed bleed after hepatic chemoembolization: a case report' })).toContainText('In progress');

  await gotoSection(page, 'Exposure dashboard');
  await expect(byStatus.getByRole('listitem').filter({ hasText: 'In progress' })).toHaveText(/In progress\s*1/);
  await expect(page.getByRole('group', { name: 'Research outputs' })).toContainText('3');
});
