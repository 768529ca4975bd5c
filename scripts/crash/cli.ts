// `npm run crash-test -- --kills 200 [--max-seconds 600] [--seed 1]`
import { parseArgs } from 'node:util';
import { runCrashTest } from './crash-test';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    'max-seconds': { type: 'string', default: '900' },
    seed: { type: 'string' },
  },
});

const kills = Number(values.kills);
const maxSeconds = Number(values['max-seconds']);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !(maxSeconds > 0) || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('usage: npm run crash-test -- --kills <n ≥ 1> [--max-seconds <s>] [--seed <integer>]');
  process.exit(2);
}

const report = await runCrashTest({ kills, maxMs: maxSeconds * 1000, seed, log: (line) => console.log(line) });
console.log(JSON.stringify(report, null, 2));
const broken = report.lostSaves + report.unreadableFiles + report.invalidFiles;
if (report.kills < kills) console.log(`Stopped after ${report.kills} of ${kills} kills: out of time.`);
console.log(broken === 0 ? 'No acknowledged save was lost, and every file opened.' : 'FAILED: see the lines above.');
process.exit(broken === 0 ? 0 : 1);
