/**
 * Writing a verb's output file: atomically, never over an existing file without --force, never over
 * one of the verb's own inputs or a read-only file (even with --force), with a Vietnamese reason when
 * the folder is missing, the name is too long or the disk refuses.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { appError, err, ok, type Result } from '@core/base';
import { pathExists, writeFailureReason, writeFileAtomic } from '../services/files';
import { resolvePath, type CliIo } from '../io';

/** Writes an output file atomically; never replaces an existing file unless force is set, nor an input. */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: Uint8Array | string,
  force: boolean,
  inputs: readonly string[] = [],
): Promise<Result<string>> {
  const target = resolvePath(io, path);
  const name = basename(target);
  const clash = await sameFileAsInput(io, path, inputs);
  if (clash !== null) {
    return err(appError('file/exists', clash));
  }
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
  } catch (error) {
    return err(appError('file/unreadable', `Không ghi được tệp "${path}" (${writeFailureReason(error)}).`));
  }
  return ok(target);
}

/**
 * The refusal when the output names one of the inputs (the same file by device and inode: through a
 * symlink, a hard link, "./a.docx", or another letter case on a case-insensitive disk); null otherwise.
 * --force never overrides it: the input would be lost before the user sees the result.
 */
export async function sameFileAsInput(io: CliIo, output: string, inputs: readonly string[]): Promise<string | null> {
  const target = await stat(resolvePath(io, output), { bigint: true }).catch(() => null);
  if (target === null || !target.isFile()) {
    return null;
  }
  for (const input of inputs) {
    const source = await stat(resolvePath(io, input), { bigint: true }).catch(() => null);
    if (source !== null && source.dev === target.dev && source.ino === target.ino) {
      return `Tệp ra "${output}" chính là tệp đầu vào "${input}"; hãy chọn tên khác (kể cả với --force, tệp đầu vào không bị ghi đè).`;
    }
  }
  return null;
}
