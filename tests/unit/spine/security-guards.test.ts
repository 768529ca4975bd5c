import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedHost, isLoopbackAddress, tokensMatch } from '../../../electron/bridge/request-guards';
import { startBridge, type RunningBridge } from '../../../electron/bridge/server';
import { isTrustedRendererUrl } from '../../../electron/main/trusted-sender';
import { parseExternalUrl } from '../../../shared/safe-url';
import { cleanupTempDirs, makeTempDir } from './helpers';

describe('parseExternalUrl', () => {
  it.each(['https://www.nrmp.org/', 'https://example.com/path?q=1#frag', 'https://sub.example.co.uk:8443/x'])(
    'allows %s',
    (url) => {
      expect(parseExternalUrl(url)?.href).toBe(new URL(url).href);
    },
  );

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:password@example.com/',
    'https://user@example.com/',
    'ftp://example.com/',
    'mailto:someone@example.com',
    'not a url',
    '',
    '//example.com/',
    'https://',
  ])('rejects %j', (url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });
});

describe('isTrustedRendererUrl', () => {
  const entry = 'file:///opt/IR%20Match%20Planner/resources/app/out/renderer/index.html';

  it('trusts the built renderer file, with or without a hash route or query', () => {
    expect(isTrustedRendererUrl(entry, entry)).toBe(true);
    expect(isTrustedRendererUrl(`${entry}#/profile`, entry)).toBe(true);
    expect(isTrustedRendererUrl(`${entry}?x=1`, entry)).toBe(true);
  });

  it.each([
    'file:///opt/IR%20Match%20Planner/resources/app/out/renderer/other.html',
    'file:///tmp/index.html',
    'file:///etc/passwd',
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,hi',
    'garbage',
    '',
    undefined,
  ])('does not trust %j', (url) => {
    expect(isTrustedRendererUrl(url, entry)).toBe(false);
  });

  it('trusts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedRendererUrl('http://localhost:5173/#/profile', entry, dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173/', entry)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5174/', entry, dev)).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', entry, dev)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', entry, dev)).toBe(false);
    // The built file is still trusted in development.
    expect(isTrustedRendererUrl(entry, entry, dev)).toBe(true);
  });
});

describe('request guards', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('treats %s as loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['192.168.1.10', '10.0.0.1', '::ffff:192.168.1.10', '0.0.0.0', '::', '128.0.0.1', '127.0.0.1.evil', '', undefined])(
    'does not treat %j as loopback',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );

  it('allows only 127.0.0.1 and localhost on the bridge port as Host', () => {
    expect(isAllowedHost('127.0.0.1:4321', 4321)).toBe(true);
    expect(isAllowedHost('localhost:4321', 4321)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4322', 4321)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4321)).toBe(false);
    expect(isAllowedHost('evil.example:4321', 4321)).toBe(false);
    expect(isAllowedHost('localhost.evil.example:4321', 4321)).toBe(false);
    expect(isAllowedHost(undefined, 4321)).toBe(false);
  });

  it('matches tokens exactly', () => {
    expect(tokensMatch('s3cret-token', 's3cret-token')).toBe(true);
    expect(tokensMatch('s3cret-token', 's3cret-tokem')).toBe(false);
    expect(tokensMatch('s3cret-token', 's3cret-token-and-more')).toBe(false);
    expect(tokensMatch('s3cret-token', 's3cret')).toBe(false);
    expect(tokensMatch('s3cret-token', '')).toBe(false);
    expect(tokensMatch('s3cret-token', null)).toBe(false);
    expect(tokensMatch('s3cret-token', undefined)).toBe(false);
  });
});

describe('preview bridge over HTTP', () => {
  let bridge: RunningBridge;
  let base: string;
  const SECRET = 'top-secret-outside-the-renderer-folder';

  beforeAll(async () => {
    const root = await makeTempDir('irmp-bridge-');
    const rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    await writeFile(join(root, 'secret.txt'), SECRET);
    await writeFile(join(root, 'package.json'), `{"secret": "${SECRET}"}`);
    bridge = await startBridge({ dataDir: join(root, 'data'), rendererDir, version: '9.9.9' });
    base = `http://127.0.0.1:${bridge.port}`;
  });

  afterAll(async () => {
    await bridge?.close();
    await cleanupTempDirs();
  });

  const postApi = (channel: string, token: string | undefined, args?: unknown) =>
    fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-bridge-token': token }) },
      body: JSON.stringify({ args }),
    });

  /** Raw request, for what fetch will not send (a foreign Host, an unnormalised path). */
  const raw = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path, method: 'GET', headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('listens on loopback with a long random token', () => {
    expect(bridge.url).toBe(`${base}/?token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(24);
  });

  it('refuses an API call with a missing or wrong token', async () => {
    const missing = await postApi('app:info', undefined);
    expect(missing.status).toBe(403);
    const wrong = await postApi('app:info', `${bridge.token}x`);
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toMatch(/token/i);
  });

  it('answers an API call with the right token through the real dispatcher', async () => {
    const response = await postApi('app:info', bridge.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { version: '9.9.9', shell: 'preview', storeStatus: 'ready' },
    });
  });

  it('returns Results, not HTTP errors, for bad calls', async () => {
    expect(await (await postApi('nope:nothing', bridge.token)).json()).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await (await postApi('profile:save', bridge.token, { junk: true })).json()).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const badJson = await fetch(`${base}/api/app:info`, {
      method: 'POST',
      headers: { 'x-bridge-token': bridge.token },
      body: '{not json',
    });
    expect(await badJson.json()).toEqual({ ok: false, error: { code: 'validation', message: 'The request was not valid JSON.' } });
  });

  it('refuses the page without the token', async () => {
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(403);
    expect((await fetch(`${base}/index.html`)).status).toBe(403);
  });

  it('serves the page with the token, wiring in the bridge client', async () => {
    const response = await fetch(bridge.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<script src="/__bridge/api.js"></script>');
    expect(html).toContain(`<meta name="ir-bridge-token" content="${bridge.token}" />`);
    expect(html.indexOf('api.js')).toBeLessThan(html.indexOf('</head>'));

    const script = await fetch(`${base}/__bridge/api.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('window.api = Object.freeze(api)');
  });

  it('serves built assets', async () => {
    const response = await fetch(`${base}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("app");');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const foreign = await raw(`/?token=${bridge.token}`, { host: `evil.example:${bridge.port}` });
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain(bridge.token);
    const wrongPort = await raw(`/?token=${bridge.token}`, { host: `127.0.0.1:${bridge.port + 1}` });
    expect(wrongPort.status).toBe(403);
    const localhost = await raw(`/?token=${bridge.token}`, { host: `localhost:${bridge.port}` });
    expect(localhost.status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('does not serve files outside the renderer folder: %s', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  it('refuses other methods on pages', async () => {
    expect((await fetch(`${base}/assets/app.js`, { method: 'DELETE' })).status).toBe(405);
  });
});
