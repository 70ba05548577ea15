/**
 * The view feature: zoom of the sheet (Ctrl+plus/minus/0, fit to width) and collapsible side panels,
 * remembered in the settings.
 */
export { PanelRail } from './PanelRail';
export type { PanelRailProps } from './PanelRail';
export { ZOOM_STRINGS } from './strings';
export { NARROW_WIDTH, useSheetView } from './use-sheet-view';
export type { Panel, SheetView, ViewHost } from './use-sheet-view';
export { ZoomControl } from './ZoomControl';
export type { ZoomControlProps } from './ZoomControl';
export { applyZoomRequest, clampPercent, fitPercent, panelForKey, SHEET_WIDTH_PX, stepZoom, ZOOM_STEPS, zoomRequestForKey } from './zoom-model';
export type { ZoomRequest } from './zoom-model';
