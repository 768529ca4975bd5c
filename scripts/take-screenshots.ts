// `npm run screenshots`: README pictures from the browser preview with the sample applicant.
// Run `npm run build` first; pictures go to docs/screenshots/.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBridge } from '../electron/bridge/server';

interface Shot {
  name: string;
  hash: string;
  heading: string;
  /** Clicks that bring the page to the state worth showing. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'dashboard', hash: '#/dashboard', heading: 'Welcome back' },
  { name: 'profile', hash: '#/profile', heading: 'Profile' },
  { name: 'exposure', hash: '#/exposure', heading: 'Exposure dashboard' },
  {
    name: 'procedures',
    hash: '#/procedures',
    heading: 'Procedure log',
    prepare: async (page) => {
      await page.getByRole('heading', { name: 'Your log' }).evaluate((heading) => heading.scrollIntoView());
    },
  },
  { name: 'experiences', hash: '#/experiences', heading: 'Experiences' },
  { name: 'programs', hash: '#/programs', heading: 'Programs' },
  {
    name: 'program-evaluation',
    hash: '#/programs',
    heading: 'Programs',
    prepare: async (page) => {
      await page.getByRole('table', { name: 'Programs' }).getByRole('button', { name: 'Northfield University IR (fictional)', exact: true }).click();
      await page.getByRole('tab', { name: 'Evaluation' }).click();
    },
  },
  { name: 'ranking', hash: '#/ranking', heading: 'Ranking & signals' },
  {
    name: 'compare',
    hash: '#/ranking',
    heading: 'Ranking & signals',
    prepare: async (page) => {
      await page.getByRole('tab', { name: 'Compare' }).click();
      await page.getByRole('combobox', { name: 'Programs to compare' }).click();
      for (const name of ['Northfield University IR (fictional)', 'Harbor City Medical Center IR (fictional)', 'Cedar Hollow Community IR (fictional)']) {
        await page.getByRole('option', { name }).click();
      }
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'case-mix-heatmap',
    hash: '#/ranking',
    heading: 'Ranking & signals',
    prepare: async (page) => {
      await page.getByRole('tab', { name: 'Case mix' }).click();
    },
  },
  { name: 'statement-prompts', hash: '#/statement', heading: 'Personal statement' },
  {
    name: 'statement-points',
    hash: '#/statement',
    heading: 'Personal statement',
    prepare: async (page) => {
      await page.getByRole('tab', { name: /Talking points/ }).click();
    },
  },
  {
    name: 'statement-draft',
    hash: '#/statement',
    heading: 'Personal statement',
    prepare: async (page) => {
      await page.getByRole('tab', { name: 'Draft' }).click();
    },
  },
  { name: 'eras', hash: '#/eras', heading: 'ERAS experiences' },
  { name: 'settings', hash: '#/settings', heading: 'Settings & data' },
];

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
const only = process.argv.slice(2);
const dataDir = await mkdtemp(join(tmpdir(), 'irmp-shots-'));
const bridge = await startBridge({ dataDir, rendererDir: join(root, process.env.IRMP_OUT_DIR ?? 'out', 'renderer'), version: 'screenshots' });
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

  for (const shot of SHOTS.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
    await page.goto(`${bridge.url}${shot.hash}`);
    await page.getByRole('heading', { name: shot.heading }).first().waitFor();
    await shot.prepare?.(page);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
    console.log(`docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(dataDir, { recursive: true, force: true });
}
