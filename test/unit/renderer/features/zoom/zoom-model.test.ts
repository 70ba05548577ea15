import { describe, expect, it } from 'vitest';
import { applyZoomRequest, fitPercent, panelForKey, SHEET_WIDTH_PX, stepZoom, zoomRequestForKey } from '../../../../../renderer/features/zoom/zoom-model';

const key = (k: string, code: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = { ctrl: true }) => ({
  key: k,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('zoom of the sheet', () => {
  it('steps through the usual percents from any percent, within 50–200', () => {
    expect([stepZoom(100, 'in'), stepZoom(100, 'out'), stepZoom(118, 'in'), stepZoom(118, 'out'), stepZoom(200, 'in'), stepZoom(50, 'out')]).toEqual([
      110, 90, 125, 110, 200, 50,
    ]);
  });

  it('fits the sheet to a width, rounded down so the sheet never overflows it', () => {
    const fits = [600, 793, 1000, 5000, 0].map((room) => fitPercent(room));
    expect(fits).toEqual([75, 99, 125, 200, 100]);
    expect((SHEET_WIDTH_PX * (fits[2] ?? 0)) / 100).toBeLessThanOrEqual(1000);
  });

  it('zooms in and out from the fit-width percent shown, and back to 100 % or to fit', () => {
    expect([
      applyZoomRequest('fit', 122, 'in'),
      applyZoomRequest('fit', 122, 'out'),
      applyZoomRequest(75, 75, 'reset'),
      applyZoomRequest(75, 75, 'fit'),
    ]).toEqual([125, 110, 100, 'fit']);
  });

  it('reads Ctrl+= / Ctrl++ / keypad plus, Ctrl+minus, Ctrl+0, and nothing without Ctrl or with Alt', () => {
    expect([
      zoomRequestForKey(key('=', 'Equal')),
      zoomRequestForKey(key('+', 'Equal', { ctrl: true, shift: true })),
      zoomRequestForKey(key('+', 'NumpadAdd')),
      zoomRequestForKey(key('-', 'Minus')),
      zoomRequestForKey(key('0', 'Digit0')),
      zoomRequestForKey(key('=', 'Equal', { ctrl: false })),
      zoomRequestForKey(key('0', 'Digit0', { ctrl: true, alt: true })),
      zoomRequestForKey(key('s', 'KeyS')),
    ]).toEqual(['in', 'in', 'in', 'out', 'reset', null, null, null]);
  });

  it('toggles the outline with Ctrl+Shift+1 and the checks with Ctrl+Shift+2 whatever the layout prints', () => {
    expect([
      panelForKey(key('!', 'Digit1', { ctrl: true, shift: true })),
      panelForKey(key('@', 'Digit2', { ctrl: true, shift: true })),
      panelForKey(key('1', 'Digit1')),
      panelForKey(key('3', 'Digit3', { ctrl: true, shift: true })),
    ]).toEqual(['outline', 'checks', null, null]);
  });
});
