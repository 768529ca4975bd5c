import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import { expect, test } from './support/fixtures';

const builtHtml = join(resolve(import.meta.dirname, '../..'), process.env.IRMP_OUT_DIR ?? 'out', 'renderer', 'index.html');

function cspOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test('the built page carries a strict Content-Security-Policy with no remote origins', async () => {
  const html = await readFile(builtHtml, 'utf8');
  const csp = cspOf(html);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-src')).toEqual(["'none'"]);
  const everyValue = [...csp.values()].flat();
  expect(everyValue).not.toContain("'unsafe-eval'");
  expect(everyValue.filter((value) => /^(https?:|wss?:|\*)/.test(value))).toEqual([]);
  // No script may run from outside the app's own files.
  expect(html).not.toMatch(/<script(?![^>]*src="\.?\/)[^>]*>/);
});

test('in the running app, injected scripts and requests to other origins are refused, and window.api holds only the contract', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const probe = await page.evaluate(async () => {
    // An injected inline script is what an XSS would try; the policy must stop it.
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    await new Promise((settle) => setTimeout(settle, 100));
    const inlineResult = (window as unknown as { __injected?: boolean }).__injected ? 'ran' : 'refused';
    let fetchResult = 'reached';
    try {
      await fetch('https://example.com/');
    } catch {
      fetchResult = 'refused';
    }
    await new Promise((settle) => setTimeout(settle, 200));
    const api = (window as unknown as { api: Record<string, unknown> }).api;
    return { inlineResult, violations, fetchResult, channels: Object.keys(api).sort(), frozen: Object.isFrozen(api) };
  });
  expect(probe.inlineResult).toBe('refused');
  expect(probe.violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
  expect(probe.fetchResult).toBe('refused');
  // Refused by the policy itself, not merely by a missing network.
  expect(probe.violations.some((directive) => directive.startsWith('connect-src'))).toBe(true);
  expect(probe.channels).toEqual([...CHANNELS].sort());
  expect(probe.frozen).toBe(true);
});
