import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/channels';
import { ELECTRON_SKIP_REASON, electronBinary, projectRoot as root } from './electron-binary';

/**
 * The real desktop app. Runs wherever the Electron binary is installed; on
 * machines that cannot download it the suite is skipped and says why. Never
 * faked: the browser-preview suite in tests/e2e covers the same UI and handlers.
 */
const binary = electronBinary();
test.skip(binary === null, ELECTRON_SKIP_REASON);

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'irmp-electron-'));
  app = await _electron.launch({
    executablePath: binary!,
    args: [root],
    env: { ...process.env, IR_MATCH_PLANNER_DATA_DIR: dataDir },
  });
});

test.afterEach(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('the desktop app starts with the secure window and exposes only window.api', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  const globals = await page.evaluate(() => ({
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
    apiKeys: Object.keys((window as unknown as { api: object }).api).length,
  }));
  expect(globals).toEqual({ hasRequire: false, hasProcess: false, apiKeys: CHANNELS.length });
});

test('a profile saved in the desktop app survives a restart', async () => {
  const page = await app.firstWindow();
  const saved = await page.evaluate(() =>
    (window as unknown as { api: Record<string, (args?: unknown) => Promise<{ ok: boolean }>> }).api['profile:save']!({
      fullName: 'Desk Top',
      medicalSchool: 'Fictional School',
      country: 'Ireland',
      graduationYear: 2025,
      ecfmgStatus: 'certified',
      step1: 'pass',
      step2ckScore: 250,
      targetMatchYear: 2027,
      pathways: ['integrated-ir'],
      careerInterest: 'academic',
    }),
  );
  expect(saved.ok).toBe(true);
  await app.close();
  app = await _electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, IR_MATCH_PLANNER_DATA_DIR: dataDir } });
  const again = await app.firstWindow();
  await expect(again.getByRole('heading', { name: 'Welcome back, Desk' })).toBeVisible();
});

test('navigation away from the app is blocked', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Welcome to IR Match Planner' })).toBeVisible();
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});

test('the portfolio print view is saved as a PDF by printToPDF', async () => {
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'ERAS experiences', exact: true }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Exposure portfolio: print / save as PDF' }).click();
  await expect(page.getByLabel('Printable document')).toContainText('Oncologic');
  const pdf = await page.evaluate(async () => {
    const result = await (window as unknown as { api: Record<string, () => Promise<{ ok: boolean; value?: { base64: string } }>> }).api['app:print-pdf']!();
    return result.ok ? atob(result.value!.base64).slice(0, 5) : 'failed';
  });
  expect(pdf).toBe('%PDF-');
});
