/**
 * The print preview feature: the exported pages (PagedView) and the preview overlay.
 */
export { PrintPreview } from './PrintPreview';
export type { PrintPreviewProps } from './PrintPreview';
export { PagedView, PageSheet } from './PagedView';
export { RenderCheck } from './RenderCheck';
export type { RenderCheckProps } from './RenderCheck';
export { PREVIEW_STRINGS } from './strings';
