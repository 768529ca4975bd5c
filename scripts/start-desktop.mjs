// `npm start`: build, then open the desktop app. Where the Electron binary cannot
// be obtained (no internet), say so plainly and point to the browser preview.
import { spawn, spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Resolving `electron` downloads its binary on first use; run it apart so its
// download noise and stack traces never reach the user.
const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
  encoding: 'utf8',
  timeout: 180_000,
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : '';
if (!electronPath) {
  console.error(
    '\nIR Match Planner could not start: the Electron runtime is not installed and could not be downloaded' +
      ' (this machine may have no internet access).\n' +
      'Try again with internet access, or use the browser preview instead:  npm run start:web\n',
  );
  process.exit(1);
}

const app = spawn(electronPath, ['.'], { stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
