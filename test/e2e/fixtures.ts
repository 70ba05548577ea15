/**
 * Test fixtures: a fresh data folder and web host per test, and the page objects of each area.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { ChecksArea } from './areas/checks';
import { EditorArea } from './areas/editor';
import { GalleryArea } from './areas/gallery';
import { SheetArea } from './areas/sheet';
import { TopBarArea } from './areas/topbar';
import { startHost, type HostProcess } from './host-process';

export type Fixtures = {
  readonly dataDir: string;
  readonly host: HostProcess;
  readonly gallery: GalleryArea;
  readonly sheet: SheetArea;
  readonly editor: EditorArea;
  readonly checks: ChecksArea;
  readonly topbar: TopBarArea;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
  },
  gallery: async ({ page }, use) => use(new GalleryArea(page)),
  sheet: async ({ page }, use) => use(new SheetArea(page)),
  editor: async ({ page }, use) => use(new EditorArea(page)),
  checks: async ({ page }, use) => use(new ChecksArea(page)),
  topbar: async ({ page }, use) => use(new TopBarArea(page)),
});

export { expect } from '@playwright/test';
