/**
 * The window's view: the sheet's zoom (a percent or fit to the desk's width) and which side panels are
 * open, remembered in the settings (both hosts) and driven by Ctrl+plus/minus/0, Ctrl+wheel, Ctrl+Shift+1/2
 * and the Xem menu. Narrow windows (below NARROW_WIDTH) start with both panels collapsed; a panel opened there
 * stays open until the window is wide again, without changing what is remembered for wide windows.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { HostApi, HostCommand } from '../../../electron/common/host-api';
import { DEFAULT_VIEW, type SheetZoom, type ViewSettings } from '../../../electron/common/settings';
import { applyZoomRequest, fitPercent, panelForKey, zoomRequestForKey, type ZoomRequest } from './zoom-model';

/** Below this window width (CSS px) the panels are collapsed unless opened there. */
export const NARROW_WIDTH = 1200;

/** How long the view must stay unchanged before it is written to the settings. */
const SAVE_DELAY_MS = 300;

export type ViewHost = Pick<HostApi, 'getSettings' | 'updateSettings' | 'onDidRequestCommand'>;

export type Panel = 'outline' | 'checks';

export type SheetView = {
  /** What the user chose (stored). */
  readonly zoom: SheetZoom;
  /** The percent the sheet is drawn at now. */
  readonly percent: number;
  /** The percent that fits the desk's width now. */
  readonly fit: number;
  readonly outlineOpen: boolean;
  readonly checksOpen: boolean;
  readonly setZoom: (zoom: SheetZoom) => void;
  readonly zoomBy: (request: ZoomRequest) => void;
  readonly togglePanel: (panel: Panel) => void;
};

const COMMAND_REQUESTS: Partial<Record<HostCommand, ZoomRequest>> = {
  'zoom-in': 'in',
  'zoom-out': 'out',
  'zoom-reset': 'reset',
  'zoom-fit': 'fit',
};

/** The room a sheet has on the desk: its inner width without the scrollbar and padding. */
function roomOf(desk: HTMLElement): number {
  const style = getComputedStyle(desk);
  return desk.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
}

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.innerWidth < NARROW_WIDTH);
  useEffect(() => {
    const onResize = (): void => setNarrow(window.innerWidth < NARROW_WIDTH);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return narrow;
}

/** The view this window last showed (module state: one workspace at a time per window). */
let lastView: ViewSettings | null = null;

/** Wheel travel (px) that makes one zoom step: a mouse notch is ~100, a touchpad sends many small ones. */
const WHEEL_STEP = 100;

/**
 * Ctrl+wheel over the desk zooms the sheet (as in Word) instead of the browser's whole page: the listener is
 * not passive so that the page zoom can be refused.
 */
function useCtrlWheel(desk: RefObject<HTMLElement | null>, zoomBy: (request: ZoomRequest) => void): void {
  useEffect(() => {
    const element = desk.current;
    if (!element) {
      return undefined;
    }
    let travel = 0;
    const onWheel = (e: WheelEvent): void => {
      if (!e.ctrlKey) {
        return;
      }
      e.preventDefault();
      travel += e.deltaY;
      if (Math.abs(travel) >= WHEEL_STEP) {
        zoomBy(travel < 0 ? 'in' : 'out');
        travel = 0;
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [desk, zoomBy]);
}

/** The view of the workspace whose scrolling desk is `desk`. */
export function useSheetView(host: ViewHost, desk: RefObject<HTMLElement | null>): SheetView {
  // A second plan in the same window starts at the view the first left (no flash at 100 % while settings load).
  const [view, setView] = useState<ViewSettings>(() => lastView ?? DEFAULT_VIEW);
  // Set once the stored view arrived or the user changed it: only then is the view written back.
  const known = useRef(false);
  const saved = useRef<ViewSettings>(lastView ?? DEFAULT_VIEW);
  lastView = view;
  useEffect(() => {
    let live = true;
    void host.getSettings().then((r) => {
      if (live && r.ok && !known.current) {
        known.current = true;
        saved.current = r.value.view;
        setView(r.value.view);
      }
    });
    return () => {
      live = false;
    };
  }, [host]);
  const pending = useRef<ViewSettings | null>(null);
  const flush = useCallback((): void => {
    const next = pending.current;
    pending.current = null;
    if (next !== null && next !== saved.current) {
      saved.current = next;
      void host.updateSettings({ view: next });
    }
  }, [host]);
  useEffect(() => {
    if (!known.current || view === saved.current) {
      return undefined;
    }
    pending.current = view;
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [view, flush]);
  // Closing the plan right after a change still remembers it.
  useEffect(() => flush, [flush]);

  const [fit, setFit] = useState(100);
  useLayoutEffect(() => {
    const element = desk.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const update = (): void => setFit(fitPercent(roomOf(element)));
    const observer = new ResizeObserver(update);
    observer.observe(element);
    update();
    return () => observer.disconnect();
  }, [desk]);
  const percent = view.zoom === 'fit' ? fit : view.zoom;

  const narrow = useNarrow();
  const [narrowOpen, setNarrowOpen] = useState<Readonly<Record<Panel, boolean>>>({ outline: false, checks: false });
  useEffect(() => {
    if (!narrow) {
      setNarrowOpen({ outline: false, checks: false });
    }
  }, [narrow]);

  const change = useCallback((next: (v: ViewSettings) => ViewSettings) => {
    known.current = true;
    setView(next);
  }, []);
  const setZoom = useCallback((zoom: SheetZoom) => change((v) => ({ ...v, zoom })), [change]);
  const percentRef = useRef(percent);
  percentRef.current = percent;
  const zoomBy = useCallback((request: ZoomRequest) => change((v) => ({ ...v, zoom: applyZoomRequest(v.zoom, percentRef.current, request) })), [change]);
  const narrowRef = useRef(narrow);
  narrowRef.current = narrow;
  const togglePanel = useCallback(
    (panel: Panel) => {
      if (narrowRef.current) {
        setNarrowOpen((o) => ({ ...o, [panel]: !o[panel] }));
      } else {
        change((v) => (panel === 'outline' ? { ...v, outlineOpen: !v.outlineOpen } : { ...v, checksOpen: !v.checksOpen }));
      }
    },
    [change],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const request = zoomRequestForKey(e);
      const panel = request ? null : panelForKey(e);
      if (request) {
        // Ours, not the browser's page zoom: the chrome stays at its size, the sheet scales.
        e.preventDefault();
        zoomBy(request);
      } else if (panel) {
        e.preventDefault();
        togglePanel(panel);
      }
    };
    window.addEventListener('keydown', onKey, true);
    const unsubscribe = host.onDidRequestCommand((command) => {
      const request = COMMAND_REQUESTS[command];
      if (request) {
        zoomBy(request);
      }
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      unsubscribe();
    };
  }, [host, zoomBy, togglePanel]);

  useCtrlWheel(desk, zoomBy);

  return {
    zoom: view.zoom,
    percent,
    fit,
    outlineOpen: narrow ? narrowOpen.outline : view.outlineOpen,
    checksOpen: narrow ? narrowOpen.checks : view.checksOpen,
    setZoom,
    zoomBy,
    togglePanel,
  };
}
