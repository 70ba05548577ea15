// Lint: the strict set from STYLE.md plus the layer zones (one door per dependency).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Bare package names are matched exactly ("paths"), so that a folder such as electron/common is not
// taken for the electron package; entries with a "*" or "/" are path patterns.
const restrict = (entries, message) => {
  const isPattern = (entry) => entry.includes('*') || entry.includes('/');
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: entries.filter((e) => !isPattern(e)).map((name) => ({ name, message })),
        patterns: entries.filter(isPattern).map((group) => ({ group: [group], message })),
      },
    ],
  };
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', '**/dist/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/**/*.mjs', 'scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      curly: ['error', 'all'],
      'no-console': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      ...restrict(
        ['node:*', 'fs', 'path', 'os', 'electron', 'react', 'react-dom', 'lexical', '@lexical/*', 'electron-store', 'conf', '../../electron/*', '../../renderer/*', '../../cli/*'],
        'core is pure: no node, DOM libraries, electron, react or lexical.',
      ),
      'no-console': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/docx/writer/**'],
    rules: {
      ...restrict(
        ['node:*', 'fs', 'path', 'os', 'electron', 'react', 'react-dom', 'lexical', '@lexical/*', 'electron-store', 'conf', 'docx'],
        'core is pure, and docx is imported only in core/docx/writer.',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/editor/**'],
    rules: {
      ...restrict(
        ['node:*', 'electron', 'electron-store', 'conf', 'docx', 'lexical', '@lexical/*', '**/electron/main/**', '**/electron/services/**', '**/cli/**'],
        'renderer uses core and electron/common only; lexical only in renderer/editor.',
      ),
    },
  },
  {
    files: ['renderer/editor/**/*.{ts,tsx}'],
    rules: {
      ...restrict(
        ['node:*', 'electron', 'electron-store', 'conf', 'docx', '**/electron/main/**', '**/electron/services/**', '**/cli/**'],
        'renderer uses core and electron/common only.',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/common/**/*.ts', 'cli/**/*.ts'],
    ignores: ['electron/services/settings/settings-store.ts'],
    rules: {
      ...restrict(['electron', 'electron-store', 'lexical', '@lexical/*', 'react', 'docx'], 'electron only in electron/main and the preload; electron-store only in the settings store.'),
    },
  },
);
