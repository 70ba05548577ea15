/** The writer measures text with the page layout's widths (core/layout), so both see a line alike. */
export { textWidth } from '../../layout/text-width';
