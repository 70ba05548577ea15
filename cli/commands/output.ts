/**
 * Writing a verb's output file: atomically, never over an existing file without --force, with a
 * Vietnamese reason when the folder is missing or the disk refuses.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { appError, err, ok, type Result } from '../../core/base/result';
import { pathExists, writeFileAtomic } from '../services/files';
import { resolvePath, type CliIo } from '../io';

/** Writes an output file atomically; never replaces an existing file unless force is set. */
export async function writeOutput(io: CliIo, path: string, data: Uint8Array | string, force: boolean): Promise<Result<string>> {
  const target = resolvePath(io, path);
  const name = basename(target);
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      return err(appError('file/unreadable', `"${path}" là một thư mục; hãy ghi rõ tên tệp.`));
    }
    if (!force) {
      return err(appError('file/exists', `Tệp "${path}" đã có; thêm --force để ghi đè.`));
    }
  } catch {
    // does not exist yet: the normal case
  }
  if (!(await pathExists(dirname(target)))) {
    return err(appError('file/not-found', `Không có thư mục "${dirname(path)}" để ghi "${name}".`));
  }
  try {
    await writeFileAtomic(target, data);
  } catch {
    return err(appError('file/unreadable', `Không ghi được tệp "${path}" (không có quyền hoặc ổ đĩa đầy).`));
  }
  return ok(target);
}
