/**
 * The packaged app's Electron fuses (docs/security.md): set in electron-builder.yml, in electron-builder's
 * own schema (FuseOptionsV1 allows no unknown key, so a misspelt fuse fails validation).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

async function loadConfig(): Promise<Record<string, unknown>> {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml: fuses', () => {
  it('turns off Node-as-a-binary, NODE_OPTIONS and the inspector, and turns on asar-only loading with integrity checks', async () => {
    expect((await loadConfig())['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('a misspelt fuse fails electron-builder’s schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await loadConfig();
    const misspelt = { ...config, electronFuses: { ...(config['electronFuses'] as object), runAsNodes: false } };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/runAsNodes|electronFuses/);
  });
});
