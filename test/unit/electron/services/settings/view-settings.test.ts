import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type ViewSettings } from '../../../../../electron/common/settings';
import { VERB_PAYLOADS } from '../../../../../electron/services/host/payloads';
import { JsonSettingsStore } from '../../../../../electron/services/settings/json-settings-store';
import { parseStoredSettings } from '../../../../../electron/services/settings/settings-schema';
import { SettingsService } from '../../../../../electron/services/settings/settings-service';
import { tempDir } from '../../../../helpers/shell-fixtures';

const narrow: ViewSettings = { zoom: 'fit', outlineOpen: false, checksOpen: true };

describe('view settings (zoom and panels)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  it('remembers the zoom and the panels across restarts without touching the agency profile', () => {
    const file = join(dir, 'settings.json');
    const profile = { ...DEFAULT_SETTINGS.agencyProfile, place: 'Bắc Giang' };
    new SettingsService(new JsonSettingsStore(file)).update({ agencyProfile: profile });
    new SettingsService(new JsonSettingsStore(file)).update({ view: { ...narrow, zoom: 125 } });
    new SettingsService(new JsonSettingsStore(file)).update({ view: narrow });
    expect(new SettingsService(new JsonSettingsStore(file)).get()).toEqual({ agencyProfile: profile, view: narrow });
  });

  it('reads a store written before the view was remembered with the default view and its profile kept', async () => {
    const file = join(dir, 'settings.json');
    const profile = { ...DEFAULT_SETTINGS.agencyProfile, agencyCode: 'STC' };
    await writeFile(file, JSON.stringify({ agencyProfile: profile }));
    expect(new SettingsService(new JsonSettingsStore(file)).get()).toEqual({ agencyProfile: profile, view: DEFAULT_VIEW });
  });

  it('falls back to the default view for a zoom out of range or a panel that is not a boolean', () => {
    const read = (view: unknown): ViewSettings => parseStoredSettings({ agencyProfile: DEFAULT_SETTINGS.agencyProfile, view }).view;
    expect([
      read({ zoom: 500, outlineOpen: true, checksOpen: true }),
      read({ zoom: 'page', outlineOpen: true, checksOpen: true }),
      read({ zoom: 90, outlineOpen: 'no', checksOpen: true }),
      read({ zoom: 90, outlineOpen: false, checksOpen: true }),
    ]).toEqual([DEFAULT_VIEW, DEFAULT_VIEW, DEFAULT_VIEW, { zoom: 90, outlineOpen: false, checksOpen: true }]);
  });

  it('accepts a view from the renderer only in its exact shape', () => {
    const accepts = (request: unknown): boolean => VERB_PAYLOADS.updateSettings.safeParse(request).success;
    expect([
      accepts({ view: narrow }),
      accepts({ view: { ...narrow, zoom: 49 } }),
      accepts({ view: { ...narrow, zoom: 100.5 } }),
      accepts({ view: { ...narrow, extra: 1 } }),
      accepts({ view: narrow, other: 1 }),
    ]).toEqual([true, false, false, false, false]);
  });
});
