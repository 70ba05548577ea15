/**
 * SettingsStore over a plain JSON file, for tests (the web host uses ConfSettingsStore, the app electron-store).
 * Writes are atomic (temp, fsync, rename).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Settings } from '../../common/settings';
import type { SettingsStore } from './settings-service';

/** A settings store in one JSON file; a missing or unparsable file reads as undefined. */
export class JsonSettingsStore implements SettingsStore {
  constructor(private readonly file: string) {}

  read(): unknown {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  write(settings: Settings): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = join(dirname(this.file), `.${basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(settings, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.file);
  }
}
