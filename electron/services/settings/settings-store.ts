/**
 * SettingsStore over electron-store: the app's store, and the ONLY module that imports electron-store
 * (it imports electron at load time, so tests and the web host use ConfSettingsStore instead).
 */
import Store from 'electron-store';
import type { Settings } from '../../common/settings';
import type { SettingsStore } from './settings-service';

/** The app's settings store in Electron's userData folder. */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<{ settings?: Settings }>({ name: 'settings', clearInvalidConfig: true });

  read(): unknown {
    return this.store.get('settings');
  }

  write(settings: Settings): void {
    this.store.set('settings', settings);
  }
}
