// Browser timings for the benchmark: the real renderer in Chromium through the bridge.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startBridge } from '../../electron/bridge/server';
import type { AppDocument } from '../../shared/schema/document';
import { Store } from '../../electron/core/store';
import { ms, percentile } from './stats';

export interface UiFigure {
  what: string;
  result: string;
  floor: string;
  goal: string;
}

export async function measureUi(root: string, doc: AppDocument): Promise<UiFigure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'irmp-bench-ui-'));
  const seed = await Store.open({ dataDir });
  await seed.replace(doc, 'pre-import');
  await seed.flush();
  const bridge = await startBridge({ dataDir, rendererDir: join(root, 'out/renderer'), version: 'bench' });
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const figures: UiFigure[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const opens: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      await page.goto(`${bridge.url}#/procedures`);
      await page.getByTestId('procedure-row').first().waitFor();
      opens.push(performance.now() - start);
    }
    figures.push({
      what: `Open the app to the procedure list interactive (${doc.procedures.length} entries), median of 5`,
      result: ms(percentile(opens, 50)),
      floor: '',
      goal: '≤ 500 ms',
    });

    // Keystroke to updated rows: type into the text filter and wait for the next painted frame.
    const filter = page.getByLabel('Search the log');
    const keystrokes: number[] = [];
    for (const text of ['c', 'ce', 'cel', 'celi', 'celia', 'celiac', 'x', 'Dr. Attending 1']) {
      const elapsed = await page.evaluate(async (value) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Search the log"]')!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const start = performance.now();
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
        return performance.now() - start;
      }, text);
      keystrokes.push(elapsed);
    }
    await filter.fill('');
    figures.push({
      what: `Filter the ${doc.procedures.length}-row log: keystroke to updated rows, p50 / max`,
      result: `${ms(percentile(keystrokes, 50))} / ${ms(Math.max(...keystrokes))}`,
      floor: '',
      goal: 'within one 16 ms frame',
    });
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
