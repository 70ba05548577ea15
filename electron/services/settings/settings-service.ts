/**
 * Settings behind a SettingsStore: electron-store in the app (settings-store.ts only), conf in the web host
 * (`kehoach serve`), conf or a plain JSON file in tests. Reads validate; a corrupt store yields defaults, never a crash.
 */
import type { Settings } from '../../common/settings';
import { applySettingsUpdate, parseStoredSettings, type SettingsUpdate } from './settings-schema';

/** Where settings live: raw reads (validated here) and whole-object writes. */
export type SettingsStore = {
  read(): unknown;
  write(settings: Settings): void;
};

/** Reads and updates settings through a store. */
export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  /** The current settings (defaults when the store is empty, unreadable or corrupt). */
  get(): Settings {
    let raw: unknown;
    try {
      raw = this.store.read();
    } catch {
      raw = undefined;
    }
    return parseStoredSettings(raw);
  }

  /** Applies an update and stores the result. */
  update(update: SettingsUpdate): Settings {
    const next = applySettingsUpdate(this.get(), update);
    this.store.write(next);
    return next;
  }

  dispose(): void {
    // nothing held open: stores write through
  }
}
