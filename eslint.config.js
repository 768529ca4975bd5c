import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'events'];

/** Layer rule: shared/ is pure; renderer/ and electron/ never import each other. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'test-results-*/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['electron', 'node:*', ...NODE_BUILTINS, 'react', 'react-dom', 'react-dom/*', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript used by both processes: no Electron, Node or DOM libraries, and no imports from electron/ or renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'node:*', ...NODE_BUILTINS, '**/electron/**'],
        'The renderer talks to the main process only through window.api; it never imports electron/ or Node.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict(['**/renderer/**', 'react', 'react-dom'], 'electron/ never imports the renderer.'),
  },
  {
    // The core and the bridge run without Electron (tests, preview), so they may not load it.
    files: ['electron/core/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: restrict(
      ['electron', '**/renderer/**', '**/main/**', '**/preload/**'],
      'electron/core and electron/bridge must run in plain Node: no Electron APIs here.',
    ),
  },
);
