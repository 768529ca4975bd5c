import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { MAX_IMPORT_CHARS } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../core/dispatch';
import type { Platform } from '../core/handler-types';
import { handlers } from '../core/handlers';
import { Store } from '../core/store';
import { bridgeClientScript, TOKEN_META_NAME } from './bridge-client';
import { isAllowedHost, isLoopbackAddress, tokensMatch } from './request-guards';

/**
 * The browser preview and test bridge: serves the built renderer on 127.0.0.1
 * and implements `window.api` over HTTP with the same dispatch, handlers and
 * store as the desktop app. Development and tests only; never packaged.
 */
export interface BridgeOptions {
  dataDir: string;
  rendererDir: string;
  version: string;
  port?: number;
  token?: string;
}

export interface RunningBridge {
  url: string;
  port: number;
  token: string;
  store: Store;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY_BYTES = MAX_IMPORT_CHARS * 2;

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const store = await Store.open({ dataDir: options.dataDir });
  const token = options.token ?? randomBytes(24).toString('base64url');
  const platform: Platform = { shell: 'preview', version: options.version };
  const context = { store, platform };
  const clientScript = bridgeClientScript();
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[bridge]', error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackAddress(request.socket.remoteAddress)) return send(response, 403, 'text/plain', 'Loopback only');
    if (!isAllowedHost(request.headers.host, port)) return send(response, 403, 'text/plain', 'Unexpected Host header');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
      if (!tokensMatch(token, request.headers['x-bridge-token'] as string | undefined)) {
        return send(response, 403, 'text/plain', 'Wrong or missing token');
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(request);
      if (body === null) return sendJson(response, fail('validation', 'The request is too large.'));
      let args: unknown;
      try {
        args = (JSON.parse(body) as { args?: unknown } | null)?.args;
      } catch {
        return sendJson(response, fail('validation', 'The request was not valid JSON.'));
      }
      return sendJson(response, await dispatch(handlers, context, channel, args));
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokensMatch(token, url.searchParams.get('token'))) {
        return send(response, 403, 'text/plain', 'Open the preview with the full link printed by npm run start:web.');
      }
      return send(response, 200, 'text/html; charset=utf-8', await indexHtml(options.rendererDir, token));
    }
    if (url.pathname === '/__bridge/api.js') return send(response, 200, CONTENT_TYPES['.js']!, clientScript);
    return serveStatic(options.rendererDir, url.pathname, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}

async function indexHtml(rendererDir: string, token: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  // A classic script runs while the page parses, before the deferred module
  // script, so window.api exists when the app boots; after the CSP meta, so it applies.
  return html.replace(
    '</head>',
    `  <meta name="${TOKEN_META_NAME}" content="${token}" />\n    <script src="/__bridge/api.js"></script>\n  </head>`,
  );
}

async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep) || relative.includes('..')) return send(response, 404, 'text/plain', 'Not found');
  try {
    const body = await readFile(file);
    send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(response, 404, 'text/plain', 'Not found');
  }
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}
