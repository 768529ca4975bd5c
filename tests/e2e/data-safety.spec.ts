import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, gotoSection, test } from './support/fixtures';

const DATA_FILE = 'ir-match-planner.json';

test('importing a broken backup shows what is wrong and changes nothing', async ({ page, openApp, dataDir }) => {
  await openApp();
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await expect(page.getByRole('heading', { name: /Welcome back, Maya/ })).toBeVisible();
  const before = await readFile(join(dataDir, DATA_FILE), 'utf8');

  await gotoSection(page, 'Settings & data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup…' }).click();
  await (await chooser).setFiles({
    name: 'my-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 2, meta: { createdAt: 'x', sample: false }, profile: { fullName: '' } })),
  });

  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Full name is required');
  await expect(alert).toContainText('Your data has not been changed');
  expect(await readFile(join(dataDir, DATA_FILE), 'utf8')).toBe(before);

  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: /Welcome back, Maya/ })).toBeVisible();
});

test('a good backup is summarised and replaces the data only after confirming', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await gotoSection(page, 'Settings & data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(exported.profile.fullName).toContain('Maya');

  exported.profile.fullName = 'Imported Person';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup…' }).click();
  await (await chooser).setFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  const dialog = page.getByRole('dialog', { name: 'Replace your data with this backup?' });
  await expect(dialog).toContainText('Applicant: Imported Person');
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText('Backup imported')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('Before importing a backup');
  // Each row says whose data it holds: here, the sample the import replaced.
  const preImport = page.getByRole('row').filter({ hasText: 'Before importing a backup' });
  await expect(preImport).toContainText(/Maya Castellano \(sample\) · \d+ cases · \d+ programs/);

  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: 'Welcome back, Imported' })).toBeVisible();
});

test('six imports in a day keep the backup of the applicant’s own data, and it restores', async ({ page, openApp, dataDir }) => {
  const samplePath = resolve(import.meta.dirname, '../../resources/sample/sample-applicant.json');
  const sample = JSON.parse(await readFile(samplePath, 'utf8'));
  // The applicant's own data (the sample's entries under their own name), then the same file imported six times.
  const own = { ...sample, meta: { ...sample.meta, sample: false }, profile: { ...sample.profile, fullName: 'Repro Two' } };
  await writeFile(join(dataDir, DATA_FILE), JSON.stringify(own));
  await openApp();
  await gotoSection(page, 'Settings & data');
  const confirm = page.getByRole('dialog', { name: 'Replace your data with this backup?' });
  for (let i = 0; i < 6; i += 1) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import backup…' }).click();
    await (await chooser).setFiles({ name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) });
    await confirm.getByRole('button', { name: 'Replace my data' }).click();
    await expect(confirm).toBeHidden();
  }
  await page.getByRole('button', { name: 'Refresh' }).click();
  // The start-up backup holds it too; the one the first import promised must still be there.
  const ownRow = page
    .getByRole('table', { name: 'Backups' })
    .getByRole('row')
    .filter({ hasText: 'Before importing a backup' })
    .filter({ hasText: 'Repro Two' });
  await expect(ownRow).toHaveCount(1);

  await ownRow.getByRole('button', { name: /^Restore/ }).click();
  const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(restore).toContainText('Repro Two');
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible();
  await gotoSection(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: 'Welcome back, Repro' })).toBeVisible();
});

test('a damaged backup says so in the list and is not offered for restore', async ({ page, openApp, dataDir }) => {
  await openApp();
  await writeFile(join(dataDir, 'backups', 'backup-2030-06-15T12-00-00-000Z-pre-import.json'), '{"schemaVersion": 5, "prof');
  await gotoSection(page, 'Settings & data');
  const damaged = page.getByRole('row').filter({ hasText: 'Damaged: The file is not valid JSON' });
  await expect(damaged).toBeVisible();
  await expect(damaged.getByRole('button', { name: /^Restore/ })).toBeDisabled();
});

test('starting on a damaged data file quarantines it and restores the newest backup', async ({ page, openApp, dataDir }) => {
  await openApp();
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await expect(page.getByRole('heading', { name: /Welcome back, Maya/ })).toBeVisible();

  // Restart so a start-up backup of the sample exists, then cut the file short as a crash might.
  await openApp();
  const text = await readFile(join(dataDir, DATA_FILE), 'utf8');
  await writeFile(join(dataDir, DATA_FILE), text.slice(0, text.length / 2));

  await openApp();
  const notice = page.getByRole('alert').filter({ hasText: 'restored from a backup' });
  await expect(notice).toBeVisible();
  const quarantined = (await readdir(dataDir)).find((name) => name.includes('.corrupt-'));
  expect(quarantined).toBeDefined();
  await expect(notice).toContainText(quarantined!);
  expect(await readFile(join(dataDir, quarantined!), 'utf8')).toBe(text.slice(0, text.length / 2));
  await expect(page.getByRole('heading', { name: /Welcome back, Maya/ })).toBeVisible();
});

test('the sample applicant can be cleared in one click', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await expect(page.getByText('You are exploring a fictional sample applicant')).toBeVisible();
  await page.getByRole('button', { name: 'Clear sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear sample' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  await expect(page.getByText('You are exploring a fictional sample applicant')).toBeHidden();
});

test('the sample asks before replacing entries of the applicant’s own, and clearing it brings them back', async ({ page, openApp, dataDir }) => {
  await openApp();
  // A draft written before any profile: the welcome screen still offers the sample.
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('textbox', { name: 'Personal statement' }).fill('My own opening paragraph.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  const own = await readFile(join(dataDir, DATA_FILE), 'utf8');

  await gotoSection(page, 'Dashboard');
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  const ask = page.getByRole('dialog', { name: 'Replace your entries with the sample?' });
  await ask.getByRole('button', { name: 'Keep my entries' }).click();
  await expect(ask).toBeHidden();
  expect(await readFile(join(dataDir, DATA_FILE), 'utf8')).toBe(own);

  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await ask.getByRole('button', { name: 'Replace with the sample' }).click();
  await expect(page.getByText('You are exploring a fictional sample applicant')).toBeVisible();

  await page.getByRole('button', { name: 'Clear sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear sample' }).click();
  await expect(page.getByText('Sample cleared. Your own entries are back.')).toBeVisible();
  await gotoSection(page, 'Personal statement');
  await page.getByRole('tab', { name: 'Draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Personal statement' })).toHaveValue('My own opening paragraph.');
  expect(JSON.parse(await readFile(join(dataDir, DATA_FILE), 'utf8')).statement).toEqual(JSON.parse(own).statement);
});

test('a data file from a newer version is left untouched and explained', async ({ page, openApp, dataDir }) => {
  const future = JSON.stringify({ schemaVersion: 99, profile: null, somethingNew: [] });
  await writeFile(join(dataDir, DATA_FILE), future);
  await openApp();
  await expect(page.getByRole('alert').filter({ hasText: 'needs a newer version' })).toBeVisible();
  expect(await readFile(join(dataDir, DATA_FILE), 'utf8')).toBe(future);
});
