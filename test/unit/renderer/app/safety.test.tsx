// @vitest-environment happy-dom
/**
 * The renderer side of "nothing lost, nothing overwritten": a failing autosave shows a notice, a hidden
 * window autosaves at once, a save conflict offers its three choices and each one does what it says,
 * a file open elsewhere is announced, the window tells the host which file it has open.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostApi, OpenedFile } from '../../../../electron/common/host-api';
import { advance, buttonText, byLabel, ctrlS, editField, mountApp as mount, unmountApp, user } from '../../../helpers/app-render';
import { fakeHost } from '../../../helpers/ui-plans';
import { samplePlan } from '../../../helpers/shell-fixtures';

const VERSION = { size: 10, mtimeMs: 1, sha256: 'a'.repeat(64) };
const PATH = '/tmp/ke-hoach.kehoach';

async function editPlace(value: string): Promise<void> {
  await editField('Sửa địa danh', 'Địa danh', value);
}

const openedFile = (heldBy: OpenedFile['heldBy'] = null): OpenedFile => ({
  path: PATH,
  name: 'ke-hoach.kehoach',
  format: 'kehoach',
  documents: [samplePlan('Đã mở')],
  version: VERSION,
  heldBy,
});

/** A host whose "open recent" gives a saved plan. */
function hostWithFile(overrides: Partial<HostApi> = {}, heldBy: OpenedFile['heldBy'] = null): HostApi {
  return fakeHost({
    listRecentFiles: vi.fn(async () => ({ ok: true as const, value: [{ path: PATH, name: 'ke-hoach.kehoach', openedAt: '2026-03-01T00:00:00Z' }] })),
    openDocument: vi.fn(async () => ({ ok: true as const, value: openedFile(heldBy) })),
    ...overrides,
  });
}

afterEach(unmountApp);

describe('autosave', () => {
  it('shows a notice when the autosave fails, once, instead of ignoring it', async () => {
    const host = fakeHost({ autosave: vi.fn(async () => ({ ok: false as const, error: { code: 'file/write-failed' as const, message: 'ổ đĩa đã đầy' } })) });
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editPlace('Yên Bái');
    await advance(1100);
    await editPlace('Yên Bái 2');
    await advance(1100);
    const alerts = screen.queryAllByRole('alert').map((a) => a.textContent);
    expect({ calls: vi.mocked(host.autosave).mock.calls.length, alerts }).toEqual({
      calls: 2,
      alerts: [expect.stringContaining('Không tự lưu được bản nháp (ổ đĩa đã đầy)')],
    });
  });

  it('autosaves at once when the window is hidden', async () => {
    const host = fakeHost();
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editPlace('Điện Biên');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    expect(vi.mocked(host.autosave).mock.calls.at(-1)?.[0].document.header.place).toBe('Điện Biên');
  });
});

describe('save conflicts', () => {
  const conflict = { ok: false as const, error: { code: 'file/conflict' as const, message: 'Tệp "ke-hoach.kehoach" đã bị sửa ở nơi khác.' } };

  async function openAndConflict(host: HostApi): Promise<void> {
    await mount(host);
    await user().click(buttonText('ke-hoach.kehoach'));
    await editPlace('Sơn La');
    await ctrlS();
  }

  it('sends the version the plan was opened as, and on a conflict writes nothing and offers the choices', async () => {
    const host = hostWithFile({ saveDocument: vi.fn(async () => conflict) });
    await openAndConflict(host);
    const request = vi.mocked(host.saveDocument).mock.calls[0]?.[0];
    const dialog = screen.queryByRole('dialog');
    expect({
      expected: request?.expectedVersion,
      overwrite: request?.overwrite,
      title: dialog?.getAttribute('aria-label'),
      choices: [...(dialog?.querySelectorAll('button') ?? [])].map((b) => b.textContent),
      file: byLabel('Tệp đang mở').textContent,
    }).toEqual({
      expected: VERSION,
      overwrite: false,
      title: 'Tệp đã thay đổi ở nơi khác',
      choices: ['Lưu thành bản sao', 'Tải lại bản trên đĩa', 'Ghi đè…', 'Để sau'],
      file: 'ke-hoach.kehoach •',
    });
  });

  it('"save as copy" saves with saveAs; "overwrite" asks first and only then saves with overwrite', async () => {
    const saveDocument = vi.fn<HostApi['saveDocument']>(async () => conflict);
    const host = hostWithFile({ saveDocument });
    await openAndConflict(host);
    saveDocument.mockImplementation(async () => ({ ok: true as const, value: { path: '/tmp/ke-hoach (2).kehoach', name: 'ke-hoach (2).kehoach', version: VERSION } }));
    await user().click(buttonText('Lưu thành bản sao'));
    const copy = saveDocument.mock.calls.at(-1)?.[0];

    saveDocument.mockImplementation(async () => conflict);
    await editPlace('Lai Châu');
    await ctrlS();
    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { configurable: true, value: confirm });
    await user().click(buttonText('Ghi đè…'));
    const callsAfterRefusal = saveDocument.mock.calls.length;
    confirm.mockReturnValue(true);
    await user().click(buttonText('Ghi đè…'));
    const forced = saveDocument.mock.calls.at(-1)?.[0];
    expect({
      copy: [copy?.saveAs, copy?.document.header.place],
      refusedWroteNothing: callsAfterRefusal === 3,
      forced: [forced?.saveAs, forced?.overwrite, forced?.document.header.place],
    }).toEqual({ copy: [true, 'Sơn La'], refusedWroteNothing: true, forced: [false, true, 'Lai Châu'] });
  });

  it('"reload" asks, then opens the file again from disk', async () => {
    const host = hostWithFile({ saveDocument: vi.fn(async () => conflict) });
    await openAndConflict(host);
    Object.defineProperty(window, 'confirm', { configurable: true, value: vi.fn(() => true) });
    await user().click(buttonText('Tải lại bản trên đĩa'));
    expect({ opened: vi.mocked(host.openDocument).mock.calls.at(-1)?.[0], file: byLabel('Tệp đang mở').textContent }).toEqual({
      opened: { path: PATH },
      file: 'ke-hoach.kehoach',
    });
  });
});

describe('files open elsewhere', () => {
  it('says who else has the file open, and tells the host which file this window has open', async () => {
    const host = hostWithFile({}, { user: 'lan', hostname: 'may-van-thu', since: '2026-03-01T08:00:00Z' });
    await mount(host);
    await user().click(buttonText('ke-hoach.kehoach'));
    // The notice shows once the host has answered the open.
    const notice = await screen.findByText(/đang được mở ở nơi khác/u);
    expect({
      notice: notice.closest('.notice')?.textContent,
      told: vi.mocked(host.keepAlive).mock.calls.map((c) => c[0].openPath),
    }).toEqual({
      notice: expect.stringContaining('đang được mở ở nơi khác (lan trên máy may-van-thu'),
      told: [null, PATH],
    });
  });
});
