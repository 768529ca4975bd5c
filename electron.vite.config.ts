import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
// Parallel work (several checkouts' builds on one machine) may build elsewhere than out/.
const outDir = process.env.IRMP_OUT_DIR ?? 'out';

/**
 * The shipped CSP (in renderer/index.html) forbids inline scripts and remote
 * origins. The dev server needs both for hot reload, so only `electron-vite dev`
 * loosens it; builds keep the strict one.
 */
function devOnlyCsp(): Plugin {
  return {
    name: 'dev-only-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

/**
 * Pages are split in renderer/src/app/sections.tsx, which keeps recharts, docx and dnd-kit in the
 * chunks of the pages that use them. Left to itself, the splitter also cut React, Mantine and the
 * icons into one small chunk per combination of pages using them: the procedure log's first
 * screen fetched 39 files, and the browser preview fetches six at a time. Those libraries are one
 * chunk instead, loaded with the shell (docs/benchmarks.md: ~90 ms less to open the log, the
 * dashboard ~20 ms more). Only libraries every page uses, or nearly: a group takes its modules'
 * dependencies with it, so a charting or document library here would load on every first screen.
 */
const UI_LIBRARIES = {
  name: 'ui',
  test: /node_modules[\\/](react|react-dom|scheduler|@mantine[\\/](core|hooks|notifications|modals)|@tabler[\\/]icons-react|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|detect-node-es|tslib|react-transition-group|@babel[\\/]runtime|react-number-format|react-textarea-autosize|clsx|klona)[\\/]/,
};

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devOnlyCsp()],
    build: {
      outDir: resolve(root, outDir, 'renderer'),
      // electron-vite leaves the renderer unminified; minified, the first screen parses about a third as much.
      // IRMP_NO_MINIFY=1 keeps names readable in a CPU profile (docs/benchmarks.md); never for a release.
      minify: !process.env.IRMP_NO_MINIFY,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: { codeSplitting: { groups: [UI_LIBRARIES] } },
      },
    },
  },
});
