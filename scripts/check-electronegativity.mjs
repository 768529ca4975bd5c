// `npm run security:check`: runs electronegativity on the build and fails on any
// HIGH or MEDIUM finding that is not reviewed in security/electronegativity-reviewed.json.
//
// The tool is called through its own runner, in this process, so its findings come
// back as objects: its CLI writes the CSV header and rows with two racing async
// writes and now and then leaves only the header, which once failed CI.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const reviewed = JSON.parse(readFileSync(join(root, 'security/electronegativity-reviewed.json'), 'utf8')).reviewed;

const result = await run({
  input: join(root, 'out'),
  isRelative: true,
  electronVersionOverride: electronVersion,
  // This check downloads Electron's release list; CI and this project stay offline.
  // The Electron version is pinned in package.json and reviewed by hand instead.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  file: issue.file,
  location: `${issue.location.line}:${issue.location.column}`,
  sample: issue.sample ?? '',
}));

for (const error of result.errors) console.error(`  could not scan: ${JSON.stringify(error)}`);

// The CSP's 'unsafe-inline' styles always yield one LOW finding; none at all means
// nothing was scanned (a missing or half-written build), which must not pass.
if (findings.length === 0) {
  console.error('electronegativity reported nothing: is the build in out/ complete? Run npm run build first.');
  process.exit(1);
}

const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
const open = serious.filter(
  (finding) => !reviewed.some((entry) => entry.check === finding.check && finding.sample.includes(entry.sample)),
);

console.log(
  `electronegativity (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks): ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - open.length} reviewed as safe, ${open.length} open`,
);
for (const finding of open) {
  console.log(`  OPEN ${finding.severity} ${finding.check} ${finding.file}:${finding.location}  ${finding.sample}`);
}
process.exit(open.length === 0 ? 0 : 1);
