import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AgencyProfile } from '../../../../../electron/common/settings';
import { ConfSettingsStore } from '../../../../../electron/services/settings/conf-settings-store';
import { JsonSettingsStore } from '../../../../../electron/services/settings/json-settings-store';
import { SettingsService, type SettingsStore } from '../../../../../electron/services/settings/settings-service';
import { tempDir } from '../../../../helpers/shell-fixtures';

const profile: AgencyProfile = {
  parentAgency: '',
  agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
  agencyCode: 'UBND',
  place: 'Bắc Giang',
  issuingBody: 'ubnd-tinh',
  signers: [{ name: 'Nguyễn Văn A', title: 'CHỦ TỊCH' }],
  recipients: ['Bộ Nội vụ'],
  archiveCode: 'KGVX',
};

const stores: readonly { readonly name: string; make(dir: string): SettingsStore; file: string }[] = [
  { name: 'conf', make: (dir) => new ConfSettingsStore(dir), file: 'settings.json' },
  { name: 'a JSON file', make: (dir) => new JsonSettingsStore(join(dir, 'settings.json')), file: 'settings.json' },
];

describe.each(stores)('SettingsService over $name', (kind) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  it('gives the defaults on a fresh install', () => {
    expect(new SettingsService(kind.make(dir)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an updated agency profile across restarts', () => {
    new SettingsService(kind.make(dir)).update({ agencyProfile: profile });
    expect(new SettingsService(kind.make(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, agencyProfile: profile });
  });

  it('falls back to defaults when the stored file is not JSON', async () => {
    await writeFile(join(dir, kind.file), '{"settings": {"agencyProfile": ');
    expect(new SettingsService(kind.make(dir)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the default profile when the stored profile has the wrong shape', async () => {
    const corrupt = { agencyProfile: { ...profile, signers: 'Nguyễn Văn A', issuingBody: 'bo' } };
    await writeFile(join(dir, kind.file), JSON.stringify(kind.name === 'conf' ? { settings: corrupt } : corrupt));
    expect(new SettingsService(kind.make(dir)).get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('SettingsService', () => {
  it('reads defaults when the store itself throws', () => {
    const broken: SettingsStore = {
      read: () => {
        throw new Error('EACCES');
      },
      write: () => undefined,
    };
    expect(new SettingsService(broken).get()).toEqual(DEFAULT_SETTINGS);
  });
});
