/**
 * The files a `check` names: files as given, folders walked recursively for .docx, .txt and .kehoach.
 * Hidden entries (".…"), Word's lock files ("~$…") and folders reached through a symbolic link are
 * skipped (a link can make a loop); files behind a link are read. Order: as named, and within a folder
 * by name, so a run lists its rows the same way each time.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What a folder walk picks up. */
export const CHECKED_EXTENSIONS = ['.docx', '.txt', '.kehoach'] as const;

/** One file to check, or a named folder with nothing in it to check. */
export type BatchItem = {
  /** As the user named it, or the folder they named joined with the path inside it. */
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
  /** Set when there is nothing to read here (a folder without files to check). */
  readonly reason?: string;
};

export type Collected = {
  readonly items: readonly BatchItem[];
  /** More than one name, or a folder: the report is a batch (the JSON an array, a summary table). */
  readonly several: boolean;
};

/**
 * Expands the names given (on the command line, or a folder picked in the app) into the files to check;
 * `resolvePath` makes a name absolute (the command resolves against its working folder).
 */
export async function collectFiles(names: readonly string[], resolvePath: (name: string) => string = (name) => resolve(name)): Promise<Collected> {
  const items: BatchItem[] = [];
  const seen = new Set<string>();
  let folders = 0;
  for (const name of names) {
    const path = resolvePath(name);
    if (!(await isDirectory(path))) {
      // A file, or a name that does not exist: the reader says why it cannot be read.
      if (!seen.has(path)) {
        seen.add(path);
        items.push({ file: name, path });
      }
      continue;
    }
    folders += 1;
    const found: BatchItem[] = [];
    const unreadable = await walk(path, name, found);
    const fresh = found.filter((item) => !seen.has(item.path));
    fresh.forEach((item) => seen.add(item.path));
    if (found.length === 0) {
      const reason = unreadable
        ? `Không đọc được thư mục "${name}" (không có quyền).`
        : `Thư mục "${name}" không có tệp .docx, .txt hay .kehoach nào.`;
      items.push({ file: name, path, reason });
    }
    items.push(...fresh);
  }
  return { items, several: names.length > 1 || folders > 0 };
}

function checked(name: string): boolean {
  const lower = name.toLowerCase();
  return CHECKED_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !name.startsWith('~$') && !name.startsWith('.');
}

/** Appends the files to check under a folder; true when the folder itself could not be listed. */
async function walk(path: string, shown: string, out: BatchItem[]): Promise<boolean> {
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    return true;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      continue;
    }
    const full = join(path, entry.name);
    const display = join(shown, entry.name);
    if (entry.isDirectory()) {
      await walk(full, display, out);
    } else if (checked(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))) {
      out.push({ file: display, path: full });
    }
  }
  return false;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
