// The lint zones hold: for each layer, a forbidden import is an error of `local/layers` and an allowed one
// lints clean. Runs the repository's own eslint.config.js through ESLint's Node API on virtual files.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

interface Finding {
  ruleId: string | null;
  message: string;
}

async function lint(filePath: string, code: string): Promise<Finding[]> {
  const results = await eslint.lintText(code, { filePath });
  expect(results).toHaveLength(1);
  return results.flatMap((r) => r.messages).map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

const importing = (source: string): string => `import { x } from '${source}';\nexport const y: unknown = x;\n`;

/** [file, import source] pairs, per zone. */
const FORBIDDEN: Array<[string, string]> = [
  // core: only core and pure libraries
  ['core/rules/x.ts', '../../electron/common/host-api'],
  ['core/rules/builtin/x.ts', '../../../electron/common/host-api'],
  ['core/rules/x.ts', '@common/host-api'],
  ['core/rules/x.ts', '@services/create-services'],
  ['core/rules/x.ts', '../../renderer/app/App'],
  ['core/rules/x.ts', '../../cli/main'],
  ['core/rules/x.ts', '../../electron/main/ipc'],
  ['core/rules/x.ts', 'electron'],
  ['core/rules/x.ts', 'node:fs'],
  ['core/rules/x.ts', 'fs'],
  ['core/rules/x.ts', 'path'],
  ['core/rules/x.ts', 'react'],
  ['core/rules/x.ts', 'lexical'],
  ['core/rules/x.ts', '@lexical/react/LexicalComposer'],
  ['core/rules/x.ts', 'electron-store'],
  ['core/rules/x.ts', 'docx'],
  ['core/report/x.ts', 'docx'],
  ['core/docx/writer/x.ts', 'node:path'],
  ['core/docx/writer/x.ts', '../../../electron/common/host-api'],
  // renderer: core and electron/common only; lexical only in renderer/editor
  ['renderer/features/sheet/x.tsx', 'electron'],
  ['renderer/features/sheet/x.tsx', 'node:path'],
  ['renderer/features/sheet/x.tsx', '../../../electron/main/ipc'],
  ['renderer/features/sheet/x.tsx', '../../../electron/services/create-services'],
  ['renderer/features/sheet/x.tsx', '@services/create-services'],
  ['renderer/features/sheet/x.tsx', '../../../electron/preload/index'],
  ['renderer/features/sheet/x.tsx', '../../../cli/main'],
  ['renderer/features/sheet/x.tsx', 'lexical'],
  ['renderer/app/x.tsx', '@lexical/react/LexicalComposer'],
  ['renderer/features/sheet/x.tsx', 'docx'],
  ['renderer/editor/x.ts', 'electron'],
  ['renderer/editor/x.ts', 'node:fs'],
  ['renderer/editor/x.ts', '../../electron/main/ipc'],
  // electron: the package only in main and preload
  ['electron/services/fs/x.ts', 'electron'],
  ['electron/services/fs/x.ts', '../../main/ipc'],
  ['electron/services/fs/x.ts', 'electron-store'],
  ['electron/services/fs/x.ts', 'react'],
  ['electron/services/fs/x.ts', '../../../renderer/app/App'],
  ['electron/common/x.ts', 'electron'],
  ['electron/common/x.ts', 'node:fs'],
  ['electron/common/x.ts', '../services/create-services'],
  ['electron/main/x.ts', '../../renderer/app/App'],
  ['electron/main/x.ts', '../../cli/main'],
  ['electron/main/x.ts', 'react'],
  ['electron/main/x.ts', 'docx'],
  ['electron/preload/x.ts', '../main/ipc'],
  ['electron/preload/x.ts', '../services/create-services'],
  // cli: core, electron/services and electron/common
  ['cli/commands/x.ts', 'electron'],
  ['cli/commands/x.ts', '../../electron/main/ipc'],
  ['cli/commands/x.ts', '../../electron/preload/index'],
  ['cli/commands/x.ts', '../../renderer/app/App'],
  ['cli/commands/x.ts', 'react'],
  ['cli/commands/x.ts', 'lexical'],
  ['cli/commands/x.ts', 'docx'],
  // the shells reach core only through a folder's index, by the @core alias
  ['renderer/features/sheet/x.tsx', '../../../core/model/walk'],
  ['renderer/features/sheet/x.tsx', '@core/model/walk'],
  ['renderer/features/sheet/x.tsx', '../../../core/model/index'],
  ['electron/services/fs/x.ts', '../../../core/model/walk'],
  ['electron/common/x.ts', '../../core/model/plan-document'],
  ['electron/main/x.ts', '@core/docx/writer/write-docx'],
  ['cli/commands/x.ts', '../../core/report/batch-summary'],
];

const ALLOWED: Array<[string, string]> = [
  ['core/rules/x.ts', '../model/plan-document'],
  ['core/rules/builtin/x.ts', '../../text/normalize'],
  ['core/rules/x.ts', '@core/model/walk'],
  ['core/rules/x.ts', 'zod'],
  ['core/docx/writer/x.ts', 'docx'],
  ['renderer/features/sheet/x.tsx', 'react'],
  ['renderer/features/sheet/x.tsx', '@core/model'],
  ['renderer/features/preview/x.tsx', '@core/layout'],
  ['renderer/features/sheet/x.tsx', '../../../electron/common/host-api'],
  ['renderer/features/sheet/x.tsx', '@common/host-api'],
  ['renderer/editor/x.ts', 'lexical'],
  ['renderer/editor/x.ts', '@lexical/react/LexicalComposer'],
  ['electron/main/x.ts', 'electron'],
  ['electron/main/x.ts', 'node:fs'],
  ['electron/main/x.ts', '../services/create-services'],
  ['electron/preload/x.ts', 'electron'],
  ['electron/preload/x.ts', '../common/host-api'],
  ['electron/services/fs/x.ts', 'node:fs'],
  ['electron/services/fs/x.ts', '../../common/host-api'],
  ['electron/services/fs/x.ts', '@core/model'],
  ['electron/services/fs/x.ts', '@core/docx/reader'],
  ['electron/services/settings/settings-store.ts', 'electron-store'],
  ['electron/common/x.ts', '@core/model'],
  ['cli/commands/x.ts', '@core/report'],
  ['cli/commands/x.ts', '../../electron/services/create-services'],
  ['cli/commands/x.ts', '../../electron/common/host-api'],
  ['cli/commands/x.ts', 'node:fs'],
  ['test/unit/x.test.ts', '../../electron/main/ipc'],
];

describe('layer zones', () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, source) => {
    const findings = await lint(file, importing(source));
    expect(findings.map((f) => f.ruleId)).toEqual(['local/layers']);
  });

  it.each(ALLOWED)('%s may import %s', async (file, source) => {
    expect(await lint(file, importing(source))).toEqual([]);
  });

  it('judges re-exports and dynamic imports like imports', async () => {
    const reexport = await lint('core/rules/x.ts', "export * from '../../electron/common/host-api';\n");
    expect(reexport.map((f) => f.ruleId)).toEqual(['local/layers']);
    const dynamic = await lint('core/rules/x.ts', "export async function load(): Promise<unknown> {\n  return import('electron');\n}\n");
    expect(dynamic.map((f) => f.ruleId)).toEqual(['local/layers']);
  });
});

describe('STYLE.md rules', () => {
  it('forbids default exports, except in the tool configs that must have one', async () => {
    const code = 'export default function f(): number {\n  return 1;\n}\n';
    expect((await lint('core/rules/x.ts', code)).map((f) => f.ruleId)).toEqual(['no-restricted-syntax']);
    expect((await lint('renderer/app/X.tsx', 'const a = 1;\nexport { a as default };\n')).map((f) => f.ruleId)).toEqual([
      'no-restricted-syntax',
    ]);
    expect(await lint('vitest.config.ts', code)).toEqual([]);
  });

  it('forbids raw ipcMain outside electron/main/ipc.ts', async () => {
    const code = "declare const ipcMain: { handle(channel: string): void };\nipcMain.handle('host:x');\n";
    const findings = await lint('electron/main/window.ts', code);
    expect(findings.map((f) => f.ruleId)).toEqual(['no-restricted-syntax']);
    expect(findings.map((f) => f.message).join()).toContain('ipcMain');
    expect(await lint('electron/main/ipc.ts', code)).toEqual([]);
  });

  it('wants explicit return types on exported functions', async () => {
    const findings = await lint('core/rules/x.ts', 'export function f() {\n  return 1;\n}\n');
    expect(findings.map((f) => f.ruleId)).toEqual(['@typescript-eslint/explicit-module-boundary-types']);
  });
});
