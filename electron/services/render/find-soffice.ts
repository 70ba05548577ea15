/**
 * Where LibreOffice is: `soffice` (or `libreoffice`) on PATH, else the usual install folders of Windows, macOS and
 * Linux. Only looks; never starts it.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual places, per platform (Program Files of both widths, /opt's versioned folders, the snap). */
function usualPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((r): r is string => Boolean(r));
    return roots.map((root) => join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (platform === 'darwin') {
    return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  }
  const opt = (() => {
    try {
      return readdirSync('/opt')
        .filter((name) => name.toLowerCase().startsWith('libreoffice'))
        .map((name) => join('/opt', name, 'program', 'soffice'));
    } catch {
      return [];
    }
  })();
  return ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice', ...opt, '/snap/bin/libreoffice'];
}

/** Finds a program on PATH (with .exe on Windows). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const dir of (env['PATH'] ?? env['Path'] ?? '').split(delimiter)) {
    for (const candidate of names) {
      if (dir !== '' && executable(join(dir, candidate))) {
        return join(dir, candidate);
      }
    }
  }
  return null;
}

/** The LibreOffice program, or null when it is not installed where we look. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  return onPath('soffice', env, platform) ?? onPath('libreoffice', env, platform) ?? usualPlaces(platform, env).find(executable) ?? null;
}
