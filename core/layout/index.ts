/**
 * The page layout's public surface: the export's pages as LibreOffice and Word set them (paginate),
 * line measurement, and the parts of the writer's pure layout description (core/docx/writer/describe.ts
 * and its specs) that a view needs to draw the pages the .docx will have. No docx library here.
 */
export type { Line, LineRun, MeasuredParagraph } from './measure';
export { cellHeight, lineText, measureParagraph, paragraphHeight } from './measure';
export type { Fragment, GridFragment, LayoutPage, Pagination, RowsFragment, TextFragment } from './paginate';
export { headingsEndingPages, pageOfBlock, paginate, paginateLayout, signerAlone, signerPage, withoutSignerKeep } from './paginate';
export { LINE_HEIGHT_EM, charUnits, textWidth } from './text-width';
export { CELL_MARGIN, PAGE } from '../docx/writer/layout';
export { cellSpecs } from '../docx/writer/table-cells';
export { cellWidth } from '../docx/writer/table-grid';
export type { ParaSpec } from '../docx/writer/spec';
