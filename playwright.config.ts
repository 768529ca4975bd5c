import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { ELECTRON_SKIP_REASON, electronBinary } from './tests/electron/electron-binary';

// Debian's Chromium where it exists (these machines cannot download Playwright's);
// Playwright's own browser elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

if (!electronBinary()) console.log(`\n[desktop suite] ${ELECTRON_SKIP_REASON}\n`);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Each test starts its own preview server and browser page; a busy 2-core CI box needs headroom.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
