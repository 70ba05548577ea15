/**
 * SettingsStore over `conf` (the library under electron-store, without electron): the web host's store
 * and the stand-in for electron-store in tests.
 */
import Conf from 'conf';
import type { Settings } from '../../common/settings';
import type { SettingsStore } from './settings-service';

/** A settings store in "<dir>/settings.json" managed by conf. */
export class ConfSettingsStore implements SettingsStore {
  private readonly conf: Conf<{ settings?: Settings }>;

  constructor(dir: string) {
    // clearInvalidConfig: unparsable JSON reads as empty; SettingsService then falls back to defaults.
    this.conf = new Conf<{ settings?: Settings }>({ cwd: dir, configName: 'settings', clearInvalidConfig: true });
  }

  read(): unknown {
    return this.conf.get('settings');
  }

  write(settings: Settings): void {
    this.conf.set('settings', settings);
  }
}
