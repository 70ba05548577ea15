/**
 * The print preview feature: the exported pages (PagedView) and the preview overlay.
 */
export { PrintPreview } from './PrintPreview';
export type { PrintPreviewProps } from './PrintPreview';
export { PagedView, PageSheet } from './PagedView';
export { PREVIEW_STRINGS } from './strings';
