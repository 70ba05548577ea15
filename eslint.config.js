// Lint: the layer zones (one door per dependency, ARCHITECTURE.md), checked by the local rule `local/layers`, which
// resolves every import (relative or through the @core/@common/@services aliases) to a repository path before judging
// it (the shells reach core only through its folders' index files, by the @core alias); and of STYLE.md's conventions those written as rules below: braces always, type-only imports, no default
// exports, explicit return types on exports, no raw ipcMain outside electron/main/ipc.ts, no console in core.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

// The layers of the repository, by folder. An import that resolves into one of them is allowed only
// if the importing file's zone lists that layer in `may`.
const LAYERS = ['core', 'renderer', 'electron/main', 'electron/preload', 'electron/common', 'electron/services', 'cli', 'test', 'bench', 'scripts'];

// The tsconfig/vite path aliases, resolved like relative imports.
const ALIASES = { '@core/': 'core/', '@common/': 'electron/common/', '@services/': 'electron/services/' };

const NODE = ['node:*', ...builtinModules];
const UI = ['react', 'react-dom', 'lexical', '@lexical/*'];
const STORE = ['electron-store', 'conf'];

// Zones, most specific first: the first whose `dir` contains the file applies. `deny` lists packages
// ("x/*" for a scope); `may` lists the layers the zone may import.
const ZONES = [
  {
    dir: 'core/docx/writer',
    may: ['core'],
    deny: [...NODE, 'electron', ...STORE, ...UI],
    why: 'core is pure TypeScript: it imports only core and pure libraries (docx only in core/docx/writer)',
  },
  {
    dir: 'core',
    may: ['core'],
    deny: [...NODE, 'electron', ...STORE, ...UI, 'docx'],
    why: 'core is pure TypeScript: it imports only core and pure libraries (docx only in core/docx/writer)',
  },
  {
    dir: 'renderer/editor',
    may: ['core', 'renderer', 'electron/common'],
    deny: [...NODE, 'electron', ...STORE, 'docx'],
    why: 'the renderer uses core and electron/common only; no node, electron or docx',
  },
  {
    dir: 'renderer',
    may: ['core', 'renderer', 'electron/common'],
    deny: [...NODE, 'electron', ...STORE, 'docx', 'lexical', '@lexical/*'],
    why: 'the renderer uses core and electron/common only; lexical only in renderer/editor',
  },
  {
    dir: 'electron/common',
    may: ['core', 'electron/common'],
    deny: [...NODE, 'electron', ...STORE, ...UI, 'docx'],
    why: 'electron/common is the pure contract shared by main, preload, services, cli and renderer',
  },
  {
    dir: 'electron/preload',
    may: ['core', 'electron/common', 'electron/preload'],
    deny: [...STORE, ...UI, 'docx'],
    why: 'the preload exposes the host contract (electron/common) and nothing else',
  },
  {
    dir: 'electron/main',
    may: ['core', 'electron/common', 'electron/services', 'electron/main'],
    deny: [...STORE, ...UI, 'docx'],
    why: 'electron/main wires services to windows; docx only in core/docx/writer, electron-store only in the settings store',
  },
  {
    dir: 'electron/services/settings/settings-store.ts',
    may: ['core', 'electron/common', 'electron/services'],
    deny: ['electron', 'conf', ...UI, 'docx'],
    why: 'services run under Electron and the CLI alike: no electron, react, lexical or docx',
  },
  {
    dir: 'electron/services/settings/conf-settings-store.ts',
    may: ['core', 'electron/common', 'electron/services'],
    deny: ['electron', 'electron-store', ...UI, 'docx'],
    why: 'services run under Electron and the CLI alike: no electron, react, lexical or docx',
  },
  {
    dir: 'electron/services',
    may: ['core', 'electron/common', 'electron/services'],
    deny: ['electron', ...STORE, ...UI, 'docx'],
    why: 'services run under Electron and the CLI alike: no electron, react, lexical or docx; electron-store and conf only in the two settings stores',
  },
  {
    dir: 'cli',
    may: ['core', 'electron/common', 'electron/services', 'cli'],
    deny: ['electron', ...STORE, ...UI, 'docx'],
    why: 'the CLI uses core, electron/services and electron/common; no electron, react, lexical or docx',
  },
];

// The shells import core only through its public surfaces (a folder's index.ts), by alias.
const SHELLS = ['renderer', 'electron', 'cli'];
const CORE_SURFACES = ['core/base', 'core/docx', 'core/docx/reader', 'core/import', 'core/layout', 'core/model', 'core/report', 'core/rules', 'core/templates', 'core/text'];

const within = (file, dir) => file === dir || file.startsWith(`${dir}/`);
const packageName = (source) => {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};
const denies = (deny, name) => deny.some((d) => (d.endsWith('/*') ? name.startsWith(d.slice(0, -1)) : d === name || (d === 'node:*' && name.startsWith('node:'))));

/** The repository path an import source points to, or undefined for a package. */
const targetOf = (fileDir, source) => {
  const alias = Object.keys(ALIASES).find((a) => source.startsWith(a));
  if (alias) {
    return ALIASES[alias] + source.slice(alias.length);
  }
  if (source.startsWith('.') || source.startsWith('/')) {
    return path.relative(repoRoot, path.resolve(fileDir, source.split('?')[0])).split(path.sep).join('/');
  }
  return undefined;
};

const layersRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Each layer imports only the layers and packages its zone allows.' } },
  create(context) {
    const file = path.relative(repoRoot, context.filename).split(path.sep).join('/');
    const zone = ZONES.find((z) => within(file, z.dir));
    if (!zone) {
      return {};
    }
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') {
        return;
      }
      const target = targetOf(path.dirname(context.filename), source.value);
      if (target === undefined) {
        const name = packageName(source.value);
        if (denies(zone.deny, name)) {
          context.report({ node: source, message: `${file} may not import '${name}': ${zone.why}.` });
        }
        return;
      }
      const layer = LAYERS.find((l) => within(target, l));
      if (layer && !zone.may.includes(layer)) {
        context.report({ node: source, message: `${file} may not import ${layer} ('${source.value}'): ${zone.why}.` });
      } else if (layer === 'core' && SHELLS.some((s) => within(file, s))) {
        const surface = target.replace(/\/index(\.ts)?$/, '');
        if (!source.value.startsWith('@core/') || !CORE_SURFACES.includes(surface)) {
          const folder = CORE_SURFACES.filter((c) => within(target, c)).sort((a, b) => b.length - a.length)[0] ?? 'core/<folder>';
          context.report({ node: source, message: `${file} imports core through its public surface: '@${folder}' instead of '${source.value}'.` });
        }
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const NO_DEFAULT_EXPORT = [
  { selector: 'ExportDefaultDeclaration', message: 'No default exports (STYLE.md): export a named binding.' },
  { selector: "ExportSpecifier[exported.name='default']", message: 'No default exports (STYLE.md): export a named binding.' },
];
const NO_RAW_IPC = {
  selector: "MemberExpression[object.name='ipcMain']",
  message: 'No raw ipcMain: register host verbs through registerHostIpc in electron/main/ipc.ts (sender check, zod payload).',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', '**/dist/**', '**/.tmp/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/**/*.mjs', 'scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The bin and its launcher are CommonJS (packages/kehoach-cli/kehoach.cjs says why).
    files: ['packages/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __filename: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: { local: { rules: { layers: layersRule } } },
    rules: {
      curly: ['error', 'all'],
      'no-console': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'local/layers': 'error',
      'no-restricted-syntax': ['error', ...NO_DEFAULT_EXPORT],
    },
  },
  {
    // Explicit return types on exports (STYLE.md). Lexical's `$config()` is left inferred on purpose:
    // its type is the generic record `this.config(...)` builds.
    files: ['core/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'cli/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': ['error', { allowedNames: ['$config'] }] },
  },
  {
    files: ['core/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'cli/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_DEFAULT_EXPORT, NO_RAW_IPC] },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Tools read these files' default export.
    files: ['*.config.{js,mjs,ts}', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
