// Before/after on one machine: `npx tsx scripts/bench/compare-builds.ts out-before out-after [--runs N]`.
// Each argument is a build's output folder (IRMP_OUT_DIR of `electron-vite build`). The builds take
// turns over the same heavy profile, a cold open each, so a busy moment of the machine falls on both
// alike; then each filters the log with the same keys. Prints medians; a script, not a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';
import { Store } from '../../electron/core/store';
import { heavyDocument } from './heavy-profile';
import { PROCEDURE_ROW, type FirstRowProbe } from './page-probes';
import { ms, percentile } from './stats';
import { launchBenchBrowser, measureKeystrokes, openPage } from './ui-timings';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 10;
const builds = args.filter((arg, index) => !arg.startsWith('--') && index !== runsFlag + 1);
if (builds.length < 2 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npx tsx scripts/bench/compare-builds.ts <build-dir> <build-dir> [...] [--runs N]');
  process.exit(2);
}

const dataDir = await mkdtemp(join(tmpdir(), 'irmp-compare-'));
const bridges: RunningBridge[] = [];
const browser = await launchBenchBrowser();
try {
  const store = await Store.open({ dataDir });
  await store.replace(heavyDocument(), 'pre-import');
  await store.close();
  for (const build of builds) {
    bridges.push(await startBridge({ dataDir, rendererDir: join(resolve(build), 'renderer'), version: 'compare' }));
  }
  const opens = builds.map(() => [] as number[]);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, bridge] of bridges.entries()) {
      const page = await openPage(browser, `${bridge.url}#/procedures`, PROCEDURE_ROW);
      opens[index]!.push(await page.evaluate(() => (window.__irmpFirstRow as FirstRowProbe).paintedAt));
      await page.context().close();
    }
  }
  for (const [index, build] of builds.entries()) {
    const page = await openPage(browser, `${bridges[index]!.url}#/procedures`, PROCEDURE_ROW);
    const keys = await measureKeystrokes(page);
    await page.context().close();
    console.log(
      `${build}: open to the list painted, median of ${runs}: ${ms(percentile(opens[index]!, 50))} (fastest ${ms(Math.min(...opens[index]!))}); ` +
        `filter key to rows updated p50/p95 ${ms(percentile(keys.updated, 50))} / ${ms(percentile(keys.updated, 95))}, ` +
        `to the next frame painted ${ms(percentile(keys.painted, 50))} / ${ms(percentile(keys.painted, 95))}`,
    );
  }
} finally {
  await browser.close();
  for (const bridge of bridges) await bridge.close();
  await rm(dataDir, { recursive: true, force: true });
}
