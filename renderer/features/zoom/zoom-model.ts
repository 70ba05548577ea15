/**
 * Zoom of the sheet as numbers: the steps Ctrl+plus/minus walk, the percent that fits a width, and the
 * key presses that ask for a zoom. Pure: no DOM reads here (the hook measures).
 */
import { ZOOM_LIMITS, type SheetZoom } from '../../../electron/common/settings';

/** The percents Ctrl+plus and Ctrl+minus step through (Word's and the browsers' usual ones). */
export const ZOOM_STEPS: readonly number[] = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200];

/** Width of the A4 sheet in CSS px (210 mm at 96 dpi). */
export const SHEET_WIDTH_PX = (210 / 25.4) * 96;

/** What a key press or a menu item asks of the zoom. */
export type ZoomRequest = 'in' | 'out' | 'reset' | 'fit';

/** A percent kept within the limits, as a whole number. */
export function clampPercent(percent: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, Math.round(percent)));
}

/**
 * The percent at which a sheet of `sheetWidth` fills `room` px: rounded down (never a sideways
 * scrollbar for a rounding), within the limits.
 */
export function fitPercent(room: number, sheetWidth: number = SHEET_WIDTH_PX): number {
  if (!(room > 0) || !(sheetWidth > 0)) {
    return 100;
  }
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, Math.floor((room / sheetWidth) * 100)));
}

/** The next step from a percent (which need not be a step itself, e.g. the fit-width one). */
export function stepZoom(percent: number, direction: 'in' | 'out'): number {
  if (direction === 'in') {
    return ZOOM_STEPS.find((s) => s > percent) ?? ZOOM_LIMITS.max;
  }
  return [...ZOOM_STEPS].reverse().find((s) => s < percent) ?? ZOOM_LIMITS.min;
}

/** The zoom after a request, from the zoom chosen and the percent shown now (fit mode shows its own). */
export function applyZoomRequest(zoom: SheetZoom, shownPercent: number, request: ZoomRequest): SheetZoom {
  switch (request) {
    case 'in':
    case 'out':
      return stepZoom(zoom === 'fit' ? shownPercent : zoom, request);
    case 'reset':
      return 100;
    case 'fit':
      return 'fit';
    default:
      return zoom;
  }
}

/**
 * The zoom a key press asks for: Ctrl+= and Ctrl+plus (main keyboard or keypad) zoom in, Ctrl+minus
 * out, Ctrl+0 back to 100 %. Null for every other key (Alt held: not ours).
 */
export function zoomRequestForKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key' | 'code'>): ZoomRequest | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) {
    return null;
  }
  if (e.key === '=' || e.key === '+' || e.code === 'NumpadAdd') {
    return 'in';
  }
  if (e.key === '-' || e.key === '_' || e.code === 'NumpadSubtract') {
    return 'out';
  }
  if (e.key === '0' || e.code === 'Numpad0' || e.code === 'Digit0') {
    return 'reset';
  }
  return null;
}

/** The panel a key press toggles: Ctrl+Shift+1 the outline, Ctrl+Shift+2 the checks. */
export function panelForKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>): 'outline' | 'checks' | null {
  if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) {
    return null;
  }
  return e.code === 'Digit1' ? 'outline' : e.code === 'Digit2' ? 'checks' : null;
}
