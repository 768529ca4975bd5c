// `npm run screenshots`: README pictures from the browser preview with the sample applicant.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startBridge } from '../electron/bridge/server';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
const dataDir = await mkdtemp(join(tmpdir(), 'irmp-shots-'));
const bridge = await startBridge({ dataDir, rendererDir: join(root, 'out/renderer'), version: 'screenshots' });
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.goto(bridge.url);
  await page.getByRole('button', { name: 'Explore a sample applicant' }).click();
  await page.getByRole('heading', { name: /Welcome back/ }).waitFor();

  const shots: [string, string, string][] = [
    ['dashboard', '#/dashboard', 'Welcome back'],
    ['profile', '#/profile', 'Profile'],
    ['settings', '#/settings', 'Settings & data'],
  ];
  for (const [name, hash, heading] of shots) {
    await page.goto(`${bridge.url}${hash}`);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(dataDir, { recursive: true, force: true });
}
