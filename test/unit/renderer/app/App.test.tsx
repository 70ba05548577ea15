// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../../electron/common/host-api';
import { defaultFileName } from '../../../../core/text/file-name';
import { advance, buttonText, byLabel, ctrlS, editField, mountApp as mount, unmountApp, user } from '../../../helpers/app-render';
import { fakeHost } from '../../../helpers/ui-plans';

afterEach(unmountApp);

describe('App', () => {
  it('offers recovery of unsaved drafts on the start screen and restores the chosen one', async () => {
    const host = fakeHost({
      listRecoveries: vi.fn(async () => ({ ok: true as const, value: [{ id: 'r1', title: 'Kế hoạch dở dang', savedAt: '2026-03-05T08:00:00Z', path: null }] })),
    });
    await mount(host);
    expect(byLabel('Khôi phục bản nháp chưa lưu?').textContent).toContain('Kế hoạch dở dang');
    await user().click(buttonText('Khôi phục'));
    // The draft stays until a newer autosave replaces it: this window autosaves under its id.
    await advance(3100);
    expect({
      restored: vi.mocked(host.restoreRecovery).mock.calls[0]?.[0],
      discarded: vi.mocked(host.discardRecovery).mock.calls.map((c) => c[0]),
      autosavedAs: vi.mocked(host.autosave).mock.calls.at(-1)?.[0].sessionId,
      file: byLabel('Tệp đang mở').textContent,
    }).toEqual({ restored: { id: 'r1' }, discarded: [], autosavedAs: 'r1', file: 'Kế hoạch dở dang •' });
  });

  it('creates a plan from a template card, edits the agency in place and autosaves two seconds later', async () => {
    const host = fakeHost();
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editField('Sửa cơ quan ban hành', 'Cơ quan ban hành', 'Ủy ban nhân dân\nhuyện Yên Dũng');
    expect(vi.mocked(host.autosave)).not.toHaveBeenCalled();
    await advance(2100);
    const saved = vi.mocked(host.autosave).mock.calls.at(-1)?.[0];
    expect({ agency: saved?.document.header.agency, title: saved?.title, dirtyTitle: document.title }).toEqual({
      agency: 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN DŨNG',
      title: 'Kế hoạch mới',
      dirtyTitle: 'Kế hoạch mới • — Kế hoạch Studio',
    });
  });

  it('saves with Ctrl+S and clears the unsaved marker', async () => {
    const host = fakeHost();
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editField('Sửa địa danh', 'Địa danh', 'Yên Dũng');
    await ctrlS();
    const request = vi.mocked(host.saveDocument).mock.calls[0]?.[0];
    expect({ place: request?.document.header.place, saveAs: request?.saveAs, name: request?.suggestedName, file: byLabel('Tệp đang mở').textContent }).toEqual({
      place: 'Yên Dũng',
      saveAs: false,
      name: defaultFileName('ke-hoach', request?.document.header.summary ?? null, 'kehoach'),
      file: 'ke-hoach.kehoach',
    });
    // A new plan's file is named after its kind and trích yếu, in ASCII, never "Kế hoạch mới".
    expect(request?.suggestedName).toMatch(/^Ke-hoach(-[A-Za-z0-9]+)*\.kehoach$/u);
  });
});

describe('App recovery copies', () => {
  it('forgets the autosaved copy when the user starts over and drops the changes', async () => {
    const host = fakeHost();
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editField('Sửa địa danh', 'Địa danh', 'Hà Giang');
    await advance(2100);
    const sessionId = vi.mocked(host.autosave).mock.calls.at(-1)?.[0].sessionId;
    await user().click(buttonText('Mới'));
    await user().click(inDialog('Không lưu'));
    expect(vi.mocked(host.discardRecovery).mock.calls.map((c) => c[0])).toEqual([{ id: sessionId }]);
  });
});

/** A button of the unsaved-work question, by its exact text. */
function inDialog(text: string): HTMLElement {
  return within(screen.getByRole('dialog', { name: 'Thay đổi chưa lưu' })).getByRole('button', { name: text });
}

describe('App unsaved-work question', () => {
  async function editedPlan(host: HostApi): Promise<void> {
    await mount(host);
    await user().click(buttonText('Kế hoạch triển khai'));
    await editField('Sửa địa danh', 'Địa danh', 'Hà Giang');
  }

  it('Hủy keeps the plan open, unsaved', async () => {
    const host = fakeHost();
    await editedPlan(host);
    await user().click(buttonText('Mới'));
    await user().click(inDialog('Hủy'));
    expect({ dialog: screen.queryByRole('dialog'), saved: vi.mocked(host.saveDocument).mock.calls.length, file: byLabel('Tệp đang mở').textContent }).toEqual({
      dialog: null,
      saved: 0,
      file: expect.stringContaining('Kế hoạch mới') as unknown,
    });
  });

  it('Lưu saves the plan, then leaves it', async () => {
    const host = fakeHost();
    await editedPlan(host);
    await user().click(buttonText('Mới'));
    await user().click(inDialog('Lưu'));
    const request = vi.mocked(host.saveDocument).mock.calls[0]?.[0];
    expect({ place: request?.document.header.place, saveAs: request?.saveAs, startScreen: screen.queryByLabelText('Tệp đang mở') }).toEqual({
      place: 'Hà Giang',
      saveAs: false,
      startScreen: null,
    });
  });

  it('stays when Lưu did not save (the save dialog was cancelled)', async () => {
    const host = fakeHost();
    vi.mocked(host.saveDocument).mockImplementation(() => Promise.resolve({ ok: true, value: null }));
    await editedPlan(host);
    await user().click(buttonText('Mới'));
    await user().click(inDialog('Lưu'));
    expect(byLabel('Tệp đang mở').textContent).toContain('Kế hoạch mới');
  });
});
