/**
 * The files a `check` names: files as given, folders walked (electron/services/batch/collect.ts, shared
 * with the app's batch review), names resolved against the command's working folder.
 */
import { collectFiles, type Collected } from '../../electron/services/batch/collect';
import { resolvePath, type CliIo } from '../io';

export { CHECKED_EXTENSIONS, type BatchItem, type Collected } from '../../electron/services/batch/collect';

/** Expands the names given on the command line into the files to check. */
export function collectInputs(io: CliIo, names: readonly string[]): Promise<Collected> {
  return collectFiles(names, (name) => resolvePath(io, name));
}
