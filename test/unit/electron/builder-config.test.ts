import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

type BuilderConfig = {
  productName: string;
  fileAssociations: { ext: string }[];
  extraResources: { from: string; to: string }[];
  linux: { target: string[] };
  win: { target: { target: string }[] };
};

async function loadConfig(): Promise<BuilderConfig> {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage and deb for Linux and NSIS for Windows, associates .kehoach and ships the templates', async () => {
    const config = await loadConfig();
    expect({
      productName: config.productName,
      associations: config.fileAssociations.map((a) => a.ext),
      templates: config.extraResources.map((r) => [r.from, r.to]),
      linux: config.linux.target,
      win: config.win.target.map((t) => t.target),
    }).toEqual({
      productName: 'Kế hoạch Studio',
      associations: ['kehoach'],
      templates: [['templates', 'templates']],
      linux: ['AppImage', 'deb'],
      win: ['nsis'],
    });
  });
});
