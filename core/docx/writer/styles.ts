/**
 * The writer's own paragraph styles (never the built-in blue headings) and the document defaults:
 * Times New Roman on all four font slots, vi-VN, black (w:docDefaults, w:style).
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { FONT, LANGUAGE, SIZE } from './layout';
import { STYLES, StyleId } from './style-defs';

export { StyleId, STYLES, type StyleDef } from './style-defs';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;

// The library's built-in Title and Heading 1–6 are blue with theme fonts; a user who picks one in Word
// gets black Times New Roman instead.
const BLACK_HEADING = { run: { font: FONTS, size: SIZE.body, bold: true, color: '000000' } } as const;

/** The styles part: defaults plus one paragraph style per StyleId. */
export function stylesOptions(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONTS, size: SIZE.body, color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      title: BLACK_HEADING,
      heading1: BLACK_HEADING,
      heading2: BLACK_HEADING,
      heading3: BLACK_HEADING,
      heading4: BLACK_HEADING,
      heading5: BLACK_HEADING,
      heading6: BLACK_HEADING,
      caption: { run: { font: FONTS, color: '000000' } },
    },
    paragraphStyles: Object.entries(STYLES).map(([id, def]) => ({
      id,
      name: def.name,
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONTS, size: def.size, bold: def.bold ?? false, color: '000000', language: { value: LANGUAGE } },
      paragraph: {
        alignment: ALIGNMENT[def.align],
        indent: def.firstLine ? { firstLine: def.firstLine } : undefined,
        spacing: {
          before: def.before ?? 0,
          after: def.after ?? 0,
          line: def.line ?? 240,
          lineRule: id === StyleId.RULE ? LineRuleType.EXACT : LineRuleType.AUTO,
        },
        keepNext: def.keepNext,
        outlineLevel: def.outlineLevel,
      },
    })),
  };
}
