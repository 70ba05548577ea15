/**
 * The files a page picked for a batch (web host): only .docx, .txt and .kehoach, without hidden files or
 * Word's lock files, in the order `kehoach check <folder>` walks them, within the batch bounds.
 */
import { BATCH_LIMITS, type BatchLimits } from '../../../electron/common/batch';

/** What a batch takes from the picked files: the ones to send, and how many were left out. */
export type PickedFiles = { readonly files: readonly File[]; readonly names: readonly string[]; readonly skipped: number };

const EXTENSIONS = ['.docx', '.txt', '.kehoach'];

/** The file's name as the row shows it: its path inside the picked folder, or its name. */
export function shownName(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return (relative && relative.length > 0 ? relative : file.name).normalize('NFC');
}

/** Whether a batch checks this file (by its shown name). */
export function isChecked(name: string): boolean {
  const parts = name.split('/');
  const base = parts[parts.length - 1] ?? '';
  const lower = base.toLowerCase();
  return EXTENSIONS.some((ext) => lower.endsWith(ext)) && !base.startsWith('~$') && !parts.some((p) => p.startsWith('.'));
}

/** Folder order: each level by name (as the command's folder walk sorts), so the rows match its rows. */
export function compareShown(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) {
      return p < q ? -1 : 1;
    }
  }
  return x.length - y.length;
}

/** Picks the files to check; `fromFolder` sorts them in folder order. */
export function pickFiles(all: readonly File[], fromFolder: boolean): PickedFiles {
  const kept = all.map((file) => ({ file, name: shownName(file) })).filter((f) => isChecked(f.name));
  if (fromFolder) {
    kept.sort((a, b) => compareShown(a.name, b.name));
  }
  return { files: kept.map((f) => f.file), names: kept.map((f) => f.name), skipped: all.length - kept.length };
}

/** Why the picked files cannot go in one batch, or null. */
export function overLimit(
  files: readonly File[],
  limits: BatchLimits = BATCH_LIMITS,
): { readonly kind: 'too-many'; readonly max: number } | { readonly kind: 'too-large'; readonly mb: number } | null {
  if (files.length > limits.maxFiles) {
    return { kind: 'too-many', max: limits.maxFiles };
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxUploadTotalBytes || files.some((f) => f.size > limits.maxUploadBytes)) {
    return { kind: 'too-large', mb: Math.round(limits.maxUploadTotalBytes / (1024 * 1024)) };
  }
  return null;
}
