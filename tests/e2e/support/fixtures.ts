import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startBridgeProcess, type BridgeProcess } from './bridge-process';

interface AppFixtures {
  /** A fresh, empty data folder for this test only. */
  dataDir: string;
  /** Starts (or restarts) the preview over `dataDir` and opens it in `page`. */
  openApp: (options?: { hash?: string }) => Promise<BridgeProcess>;
}

export const test = base.extend<AppFixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'irmp-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  openApp: async ({ page, dataDir }, use) => {
    let running: BridgeProcess | null = null;
    await use(async ({ hash = '' } = {}) => {
      if (running) await running.stop();
      running = await startBridgeProcess(dataDir);
      await page.goto(`${running.url}${hash}`);
      return running;
    });
    await (running as BridgeProcess | null)?.stop();
  },
});

export { expect } from '@playwright/test';

export async function gotoSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: label, exact: true }).click();
}

/** Adds a program by name from the Programs section and waits for its page. */
export async function addProgram(page: Page, name: string): Promise<void> {
  await gotoSection(page, 'Programs');
  await page.getByRole('button', { name: 'Add program', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Program name' }).fill(name);
  await page.getByRole('button', { name: 'Add and edit' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

/** From the first-run welcome screen, loads the fictional sample applicant. */
export async function loadSampleApplicant(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await page.getByText('You are exploring a fictional sample applicant').waitFor();
}
