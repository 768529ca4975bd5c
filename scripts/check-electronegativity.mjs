// `npm run security:check`: runs electronegativity on the build and fails on any
// HIGH or MEDIUM finding that is not reviewed in security/electronegativity-reviewed.json.
// The tool itself always exits 0, so its CSV is the verdict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const reviewed = JSON.parse(readFileSync(join(root, 'security/electronegativity-reviewed.json'), 'utf8')).reviewed;
const tmp = mkdtempSync(join(tmpdir(), 'eneg-'));

/**
 * The tool writes its CSV header and its rows with two racing async writes, so a
 * run now and then leaves only the header. A scan always finds at least the CSP's
 * LOW note, so a header-only file is retried (up to 3 runs), never taken as clean.
 */
function scan(attempt) {
  const csvPath = join(tmp, `findings-${attempt}.csv`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', join(root, 'out'), '-o', csvPath, '-e', electronVersion, '-r'],
    { encoding: 'utf8', cwd: root },
  );
  if (run.error) throw run.error;
  try {
    return readFileSync(csvPath, 'utf8');
  } catch {
    return '';
  }
}

/** Minimal CSV reader for the tool's quoted output. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (char === '\n') {
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell || row.length) rows.push([...row, cell.trim()]);
  return rows;
}

let text = '';
for (let attempt = 1; attempt <= 3 && parseCsv(text).length < 2; attempt += 1) text = scan(attempt);

const [header, ...rows] = parseCsv(text);
const column = (name) => header.indexOf(name);
const findings = rows
  .filter((cells) => cells.length >= header.length)
  .map((cells) => ({
    check: cells[column('issue')],
    severity: cells[column('severity')],
    file: cells[column('filename')],
    location: cells[column('location')],
    sample: cells[column('sample')],
  }));

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
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${serious.length} HIGH/MEDIUM, ${serious.length - open.length} reviewed as safe, ${open.length} open`,
);
for (const finding of open) {
  console.log(`  OPEN ${finding.severity} ${finding.check} ${finding.file}:${finding.location}  ${finding.sample}`);
}
process.exit(open.length === 0 ? 0 : 1);
