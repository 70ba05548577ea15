// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { HostProvider } from '../../../../renderer/app/host-context';
import type { HostApi } from '../../../../electron/common/host-api';
import { defaultFileName } from '../../../../core/text/file-name';
import { fakeHost } from '../../../helpers/ui-plans';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

async function mount(host: HostApi): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(
      <HostProvider host={host}>
        <App />
      </HostProvider>,
    );
  });
}

function byLabel(label: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[aria-label="${label}"]`);
  if (!el) {
    throw new Error(`no element labelled ${label}`);
  }
  return el;
}

function buttonText(text: string): HTMLButtonElement {
  const el = [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!el) {
    throw new Error(`no button ${text}`);
  }
  return el;
}

async function type(el: HTMLElement, value: string): Promise<void> {
  const input = el as HTMLInputElement | HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  await act(async () => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('App', () => {
  it('offers recovery of unsaved drafts on the start screen and restores the chosen one', async () => {
    const host = fakeHost({
      listRecoveries: vi.fn(async () => ({ ok: true as const, value: [{ id: 'r1', title: 'Kế hoạch dở dang', savedAt: '2026-03-05T08:00:00Z', path: null }] })),
    });
    await mount(host);
    expect(byLabel('Khôi phục bản nháp chưa lưu?').textContent).toContain('Kế hoạch dở dang');
    await act(async () => buttonText('Khôi phục').click());
    // The draft stays until a newer autosave replaces it: this window autosaves under its id.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3100);
    });
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
    await act(async () => buttonText('Kế hoạch triển khai').click());
    await act(async () => byLabel('Sửa cơ quan ban hành').click());
    const field = byLabel('Cơ quan ban hành');
    await type(field, 'Ủy ban nhân dân\nhuyện Yên Dũng');
    await act(async () => field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(vi.mocked(host.autosave)).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2100);
    });
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
    await act(async () => buttonText('Kế hoạch triển khai').click());
    await act(async () => byLabel('Sửa địa danh').click());
    await type(byLabel('Địa danh'), 'Yên Dũng');
    await act(async () => byLabel('Địa danh').dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true }));
    });
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
    await act(async () => buttonText('Kế hoạch triển khai').click());
    await act(async () => byLabel('Sửa địa danh').click());
    await type(byLabel('Địa danh'), 'Hà Giang');
    await act(async () => byLabel('Địa danh').dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2100);
    });
    const sessionId = vi.mocked(host.autosave).mock.calls.at(-1)?.[0].sessionId;
    await act(async () => buttonText('Mới').click());
    await act(async () => inDialog('Không lưu').click());
    expect(vi.mocked(host.discardRecovery).mock.calls.map((c) => c[0])).toEqual([{ id: sessionId }]);
  });
});

function inDialog(text: string): HTMLButtonElement {
  const dialog = container.querySelector('[role="dialog"][aria-label="Thay đổi chưa lưu"]');
  const el = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text);
  if (!el) {
    throw new Error(`no button ${text} in the unsaved-work question`);
  }
  return el;
}

describe('App unsaved-work question', () => {
  async function editedPlan(host: HostApi): Promise<void> {
    await mount(host);
    await act(async () => buttonText('Kế hoạch triển khai').click());
    await act(async () => byLabel('Sửa địa danh').click());
    await type(byLabel('Địa danh'), 'Hà Giang');
    await act(async () => byLabel('Địa danh').dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  }

  it('Hủy keeps the plan open, unsaved', async () => {
    const host = fakeHost();
    await editedPlan(host);
    await act(async () => buttonText('Mới').click());
    await act(async () => inDialog('Hủy').click());
    expect({ dialog: container.querySelector('[role="dialog"]'), saved: vi.mocked(host.saveDocument).mock.calls.length, file: byLabel('Tệp đang mở').textContent }).toEqual({
      dialog: null,
      saved: 0,
      file: expect.stringContaining('Kế hoạch mới') as unknown,
    });
  });

  it('Lưu saves the plan, then leaves it', async () => {
    const host = fakeHost();
    await editedPlan(host);
    await act(async () => buttonText('Mới').click());
    await act(async () => inDialog('Lưu').click());
    const request = vi.mocked(host.saveDocument).mock.calls[0]?.[0];
    expect({ place: request?.document.header.place, saveAs: request?.saveAs, startScreen: container.querySelector('[aria-label="Tệp đang mở"]') }).toEqual({
      place: 'Hà Giang',
      saveAs: false,
      startScreen: null,
    });
  });

  it('stays when Lưu did not save (the save dialog was cancelled)', async () => {
    const host = fakeHost();
    vi.mocked(host.saveDocument).mockImplementation(() => Promise.resolve({ ok: true, value: null }));
    await editedPlan(host);
    await act(async () => buttonText('Mới').click());
    await act(async () => inDialog('Lưu').click());
    expect(byLabel('Tệp đang mở').textContent).toContain('Kế hoạch mới');
  });
});
