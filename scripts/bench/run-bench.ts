// `npm run bench`: figures for a heavy profile, each beside a floor measured in the
// same run where one exists. A script, not a test: nothing here fails on time.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../electron/core/dispatch';
import { serializeDocument, writeDurably } from '../../electron/core/durable-json-file';
import { handlers } from '../../electron/core/handlers';
import { Store } from '../../electron/core/store';
import { createProgramRanker } from '../../shared/programs/scoring';
import { stabilityTest } from '../../shared/programs/stability';
import { heavyDocument, HEAVY } from './heavy-profile';
import { runCrashTest } from '../crash/crash-test';
import { measureUi } from './ui-timings';
import { ms, percentile, timeEach } from './stats';

const root = resolve(import.meta.dirname, '../..');
// Parallel work may build elsewhere than out/ (see electron.vite.config.ts).
const rendererDir = join(root, process.env.IRMP_OUT_DIR ?? 'out', 'renderer');
const rows: [string, string, string, string][] = [];
const row = (what: string, result: string, floor: string, goal: string) => {
  rows.push([what, result, floor, goal]);
  console.log(`${what}: ${result}${floor ? ` (floor ${floor})` : ''}`);
};

const doc = heavyDocument();
let browserVersion = 'no browser';
const dataDir = await mkdtemp(join(tmpdir(), 'irmp-bench-'));
try {
  // 1. Save round trip: a one-entry edit through the IPC wrapper until the file is on disk.
  const store = await Store.open({ dataDir });
  await store.replace(doc, 'pre-import');
  const context = { store, platform: { shell: 'preview' as const, version: 'bench' } };
  const SAVES = 60;
  const floorPath = join(dataDir, 'floor.json');
  const saves: number[] = [];
  const floors: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let run = 0; run < SAVES; run += 1) {
    const entry = { ...store.document.procedures[run]!, notes: `edited ${run}` };
    let start = performance.now();
    const result = await dispatch(handlers, context, 'procedures:update', { entry });
    saves.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
    start = performance.now();
    await writeDurably(floorPath, serializeDocument(store.document));
    floors.push(performance.now() - start);
  }
  const [p50, p95, f50, f95] = [percentile(saves, 50), percentile(saves, 95), percentile(floors, 50), percentile(floors, 95)];
  const bytes = (await stat(store.dataFile)).size;
  row(
    `Save round trip (${HEAVY.procedures} procedures, ${(bytes / 1e6).toFixed(1)} MB file), p50 / p95`,
    `${ms(p50)} / ${ms(p95)} — ratio ${(p50 / f50).toFixed(2)}× / ${(p95 / f95).toFixed(2)}×`,
    `${ms(f50)} / ${ms(f95)} (JSON.stringify + durable write of the same document)`,
    '≤ 1.5× the floor',
  );

  // 2. Scoring 400 programs, then the 1,000-perturbation stability test.
  const programs = doc.shortlist.programs;
  const scoring = await timeEach(5, () => {
    const ranker = createProgramRanker(programs, 'academic');
    ranker.rank(doc.shortlist.rankingWeights);
    stabilityTest(ranker.matrix, doc.shortlist.rankingWeights, { runs: 1_000, spread: 0.3, seed: 1 });
  });
  row(`Score ${programs.length} programs + 1,000-run stability test (median of 5)`, ms(percentile(scoring, 50)), '', '≤ 100 ms');

  // 3. UI timings in Chromium through the preview bridge (needs a build).
  try {
    const ui = await measureUi(rendererDir, doc);
    browserVersion = ui.browser;
    for (const figure of ui.figures) row(figure.what, figure.result, figure.floor, figure.goal);
  } catch (error) {
    row('Browser timings', `not measured: ${(error as Error).message.split('\n')[0]}`, '', '');
  }

  // 4. Renderer bundle.
  const assetsDir = join(rendererDir, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of await readdir(assetsDir)) {
    const content = readFileSync(join(assetsDir, name));
    raw += content.length;
    if (/\.(js|css)$/.test(name)) gzip += gzipSync(content).length;
  }
  row('Renderer bundle (all assets)', `${(raw / 1e6).toFixed(2)} MB raw, ${(gzip / 1e6).toFixed(2)} MB gzip`, '', 'as small as reasonable');

  // 5. Crash test: SIGKILL a process saving through the real store, many times (not a timing).
  const kills = Number(process.env.BENCH_KILLS ?? 1_000);
  const crash = await runCrashTest({ kills, maxMs: 30 * 60_000 });
  row(
    `Crash test: SIGKILL during acknowledged saves (${crash.kills} kills, ${(crash.durationMs / 60_000).toFixed(1)} min)`,
    `${crash.acknowledgedSaves} saves acknowledged, ${crash.lostSaves} lost, ${crash.unreadableFiles} unreadable files, ${crash.invalidFiles} invalid files`,
    '',
    '0 lost, 0 unreadable, 0 invalid',
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

const cores = cpus();
console.log(
  `\nMeasured ${new Date().toISOString()} on ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${browserVersion}, load average ${loadavg()[0]!.toFixed(2)} at the end.`,
);
console.log('\n| measure | result | floor (same run) | goal |\n| --- | --- | --- | --- |');
for (const [what, result, floor, goal] of rows) console.log(`| ${what} | ${result} | ${floor || '—'} | ${goal} |`);
