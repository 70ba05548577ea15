import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

const { resolveAppPath } = await import('../../../../electron/main/app-protocol');

describe('app:// paths', () => {
  it('maps app://kehoach paths into the renderer folder, clamps dot segments at its root, and refuses the rest', () => {
    const root = '/opt/app/out/renderer';
    expect([
      resolveAppPath(root, 'app://kehoach/'),
      resolveAppPath(root, 'app://kehoach/assets/index.js'),
      resolveAppPath(root, 'app://kehoach/%2e%2e/%2e%2e/main/index.js'),
      resolveAppPath(root, 'app://kehoach/..%2f..%2fetc/passwd'),
      resolveAppPath(root, 'app://other/index.html'),
    ]).toEqual([
      '/opt/app/out/renderer/index.html',
      '/opt/app/out/renderer/assets/index.js',
      // the URL parser resolves encoded dot segments at the root: still inside the folder
      '/opt/app/out/renderer/main/index.js',
      null,
      null,
    ]);
  });
});
