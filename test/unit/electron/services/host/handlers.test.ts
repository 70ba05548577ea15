import { resolve, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../electron/common/settings';
import { createServices, type Services } from '../../../../../electron/services/create-services';
import { createHostHandlers, type HostHandlers } from '../../../../../electron/services/host/handlers';
import { invokeVerb } from '../../../../../electron/services/host/invoke-verb';
import { JsonSettingsStore } from '../../../../../electron/services/settings/json-settings-store';
import { FakeDialogs, samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

describe('host handlers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let services: Services;
  let handlers: HostHandlers;
  let titles: string[];
  const ctx = { clientId: 'wc:1' };
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    services = createServices({
      dataDir: dir,
      templatesDir: resolve('templates'),
      settingsStore: new JsonSettingsStore(join(dir, 'settings.json')),
      dialogs: new FakeDialogs(),
    });
    titles = [];
    handlers = createHostHandlers(services, { setTitle: (c, t, d) => titles.push(`${c.clientId} ${t} ${d}`), takePendingFile: () => null });
  });
  afterEach(async () => {
    await services.dispose();
    await cleanup();
  });

  it('lists the catalogue templates with their profiles and guidance', async () => {
    const result = await invokeVerb(handlers, 'listTemplates', undefined, ctx);
    const list = result.result.ok ? (result.result.value as { id: string; profile: { id: string }; guidance: Record<string, string> }[]) : [];
    expect({
      status: result.status,
      ids: list.map((t) => t.id).sort(),
      profilesMatch: list.every((t) => t.profile.id === t.id),
      guided: list.filter((t) => t.id.startsWith('ke-hoach')).every((t) => Object.keys(t.guidance).length > 0),
    }).toEqual({ status: 'done', ids: ['cong-van', 'ke-hoach-chien-luoc', 'ke-hoach-nam', 'ke-hoach-trien-khai'], profilesMatch: true, guided: true });
  });

  it('fills a new plan from the agency profile in settings', async () => {
    await handlers.updateSettings(
      { agencyProfile: { ...DEFAULT_SETTINGS.agencyProfile, agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', place: 'Bắc Giang', archiveCode: 'KGVX' } },
      ctx,
    );
    const result = await handlers.newFromTemplate({ templateId: 'ke-hoach-trien-khai' }, ctx);
    const plan = result.ok ? result.value : null;
    expect({
      agency: plan?.header.agency,
      place: plan?.header.place,
      template: plan?.meta.templateId,
      lastRecipient: plan?.recipients?.items.at(-1)?.text,
    }).toEqual({ agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', place: 'Bắc Giang', template: 'ke-hoach-trien-khai', lastRecipient: 'Lưu: VT, KGVX' });
  });

  it('says which template is missing', async () => {
    expect(await handlers.newFromTemplate({ templateId: 'khong-co' }, ctx)).toEqual({
      ok: false,
      error: { code: 'template/not-found', message: 'Không có mẫu "khong-co".' },
    });
  });

  it('passes titles to the window bridge with the caller', async () => {
    await invokeVerb(handlers, 'setTitle', { title: 'a.kehoach', dirty: true }, ctx);
    expect(titles).toEqual(['wc:1 a.kehoach true']);
  });

  it('turns a throwing handler into an internal error value', async () => {
    const throwing = { ...handlers, listRecentFiles: async () => Promise.reject(new Error('boom')) } as HostHandlers;
    const outcome = await invokeVerb(throwing, 'listRecentFiles', {}, ctx);
    expect(outcome).toEqual({
      status: 'done',
      result: { ok: false, error: { code: 'internal', message: 'Đã xảy ra lỗi không mong muốn trong ứng dụng; thao tác chưa được thực hiện.' } },
    });
  });

  it('refuses a payload before any handler runs', async () => {
    const outcome = await invokeVerb(handlers, 'autosave', { sessionId: 'a/b', title: 'x', path: null, document: samplePlan() }, ctx);
    expect(outcome).toEqual({
      status: 'invalid',
      result: { ok: false, error: { code: 'ipc/invalid-payload', message: 'Yêu cầu "autosave" có dữ liệu không hợp lệ (tại sessionId).' } },
    });
  });
});

describe('host handlers: drafts belong to live pages (web host)', () => {
  it('hides a live page’s draft from another page, offers it once the page says goodbye, and a late autosave does not revive it', async () => {
    const { dir, cleanup } = await tempDir();
    const services = createServices({
      dataDir: dir,
      templatesDir: resolve('templates'),
      settingsStore: new JsonSettingsStore(join(dir, 'settings.json')),
      dialogs: new FakeDialogs(),
      recoveryScope: 'client',
    });
    const handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
    const pageA = { clientId: 'web:page-a' };
    const pageB = { clientId: 'web:page-b' };
    try {
      const ids = async (): Promise<unknown> => {
        const listed = await handlers.listRecoveries(undefined, pageB);
        return listed.ok ? listed.value.map((e) => e.id) : listed;
      };
      await handlers.autosave({ sessionId: 'nhap-a', title: 'A', path: null, document: samplePlan('Của trang A') }, pageA);
      const whileLive = await ids();
      const refused = await handlers.discardRecovery({ id: 'nhap-a' }, pageB);
      await handlers.keepAlive({ closing: true }, pageA);
      await handlers.autosave({ sessionId: 'nhap-a', title: 'A', path: null, document: samplePlan('Của trang A, lần cuối') }, pageA);
      const afterGoodbye = await ids();
      const restored = await handlers.restoreRecovery({ id: 'nhap-a' }, pageB);
      expect({
        whileLive,
        refused: refused.ok ? refused : refused.error.code,
        afterGoodbye,
        restored: restored.ok ? restored.value.document.header.summary : restored,
        ownedByB: await ids(),
      }).toEqual({ whileLive: [], refused: 'recovery/in-use', afterGoodbye: ['nhap-a'], restored: 'Của trang A, lần cuối', ownedByB: [] });
    } finally {
      await services.dispose();
      await cleanup();
    }
  });
});
