// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { useRef, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type ViewSettings } from '../../../../../electron/common/settings';
import type { HostCommand } from '../../../../../electron/common/host-api';
import { useSheetView, type SheetView, type ViewHost } from '../../../../../renderer/features/zoom/index';

afterEach(cleanup);

function fakeViewHost(stored: ViewSettings): { host: ViewHost; writes: ViewSettings[]; send: (c: HostCommand) => void } {
  const writes: ViewSettings[] = [];
  let listener: ((c: HostCommand) => void) | null = null;
  const settings: Settings = { ...DEFAULT_SETTINGS, view: stored };
  const host: ViewHost = {
    getSettings: vi.fn(() => Promise.resolve({ ok: true as const, value: settings })),
    updateSettings: vi.fn((request: { readonly view?: ViewSettings }) => {
      if (request.view) {
        writes.push(request.view);
      }
      return Promise.resolve({ ok: true as const, value: settings });
    }),
    onDidRequestCommand: (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    },
  };
  return { host, writes, send: (c) => listener?.(c) };
}

function Probe(props: { readonly host: ViewHost; readonly out: { current: SheetView | null } }): ReactElement {
  const desk = useRef<HTMLElement>(null);
  props.out.current = useSheetView(props.host, desk);
  return <main ref={desk} />;
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

describe('useSheetView', () => {
  it('starts from the stored view, zooms by key and menu command, and writes the last view once the changes pause', async () => {
    window.innerWidth = 1440;
    const { host, writes, send } = fakeViewHost({ zoom: 90, outlineOpen: true, checksOpen: false });
    const out: { current: SheetView | null } = { current: null };
    render(<Probe host={host} out={out} />);
    await settle();
    const first = { zoom: out.current?.zoom, outline: out.current?.outlineOpen, checks: out.current?.checksOpen };
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '=', code: 'Equal', ctrlKey: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '=', code: 'Equal', ctrlKey: true }));
    });
    const afterKeys = out.current?.zoom;
    act(() => send('zoom-out'));
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '@', code: 'Digit2', ctrlKey: true, shiftKey: true }));
    });
    await settle(400);
    expect({ first, afterKeys, zoom: out.current?.zoom, checks: out.current?.checksOpen, writes }).toEqual({
      first: { zoom: 90, outline: true, checks: false },
      afterKeys: 110,
      zoom: 100,
      checks: true,
      writes: [{ zoom: 100, outlineOpen: true, checksOpen: true }],
    });
  });

  it('collapses both panels in a narrow window without changing what is stored for wide ones', async () => {
    window.innerWidth = 1024;
    const { host, writes } = fakeViewHost({ zoom: 100, outlineOpen: true, checksOpen: true });
    const out: { current: SheetView | null } = { current: null };
    render(<Probe host={host} out={out} />);
    await settle();
    const narrow = [out.current?.outlineOpen, out.current?.checksOpen];
    act(() => out.current?.togglePanel('outline'));
    await settle(400);
    expect({ narrow, opened: [out.current?.outlineOpen, out.current?.checksOpen], writes }).toEqual({
      narrow: [false, false],
      opened: [true, false],
      writes: [],
    });
  });
});
