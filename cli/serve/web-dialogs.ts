/**
 * Dialogs in the web host: no native pickers. Plans are saved into "<dataDir>/documents" under the
 * suggested name, never over an existing file (" (2)", " (3)" …); exports become browser downloads.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Dialogs, SaveDialogRequest, SaveTarget } from '../../electron/services/host/dialogs';

/** Web-host dialogs over a documents folder. */
export class WebDialogs implements Dialogs {
  /** Names handed out in this process, so two quick saves never get the same one. */
  private readonly reserved = new Set<string>();

  constructor(private readonly documentsDir: string) {}

  async showOpen(): Promise<string | null> {
    // The page uploads files itself (openDocument with upload).
    return null;
  }

  async showSave(request: SaveDialogRequest): Promise<SaveTarget | null> {
    if (request.filter !== 'kehoach') {
      return { kind: 'download' };
    }
    mkdirSync(this.documentsDir, { recursive: true });
    return { kind: 'path', path: this.freshPath(safeFileName(request.suggestedName)) };
  }

  private freshPath(name: string): string {
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    for (let n = 1; ; n += 1) {
      const candidate = join(this.documentsDir, n === 1 ? name : `${stem} (${n})${ext}`);
      if (!this.reserved.has(candidate) && !existsSync(candidate)) {
        this.reserved.add(candidate);
        return candidate;
      }
    }
  }
}

/** A file name safe on every system: no folders, no reserved characters, not empty. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '').replace(/^[.\s]+/, '').trim();
  if (cleaned === '') {
    return 'ke-hoach.kehoach';
  }
  // Windows reserves device names whatever the extension ("CON.kehoach" cannot be created).
  return (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned) ? `_${cleaned}` : cleaned).normalize('NFC');
}
