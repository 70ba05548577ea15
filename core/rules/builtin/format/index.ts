/**
 * The format.* rules (judging formatting facts of imported Word files), in catalogue order.
 */
import type { Rule } from '../../types';
import { formatBodyParagraph } from './body-paragraph';
import { formatEmphasis } from './emphasis';
import { formatFont } from './font';
import { formatFontSize } from './font-size';
import { formatLines } from './lines';
import { formatMargins } from './margins';
import { formatPageNumber } from './page-number';
import { formatPaper } from './paper';

/** Every format rule, in catalogue order. */
export const FORMAT_RULES: readonly Rule[] = [
  formatPaper,
  formatMargins,
  formatFont,
  formatFontSize,
  formatEmphasis,
  formatBodyParagraph,
  formatPageNumber,
  formatLines,
];

export { elementParagraphs, Element } from '../../support/format/elements';
export type { ElementParagraph } from '../../support/format/elements';
