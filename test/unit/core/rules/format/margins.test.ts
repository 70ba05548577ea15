import { describe, expect, test } from 'vitest';
import { formatMargins } from '../../../../../core/rules/builtin/format/margins';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf, withFacts } from '../../../../helpers/docx-fixtures-rules';

describe('format.margins', () => {
  test('stays silent on 20/20/30/15 mm margins', async () => {
    expect(findingsOf(formatMargins, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('gives the measured left margin against the allowed range (docx library, LibreOffice)', async () => {
    const findings = [
      ...findingsOf(formatMargins, await fixtureDocument('docxlib-arial.docx')),
      ...findingsOf(formatMargins, await fixtureDocument('libreoffice-from-txt.docx')),
    ];
    expect(findings).toEqual(['error @-: Lề trái 20 mm; cần 30–35 mm.', 'error @-: Lề trái 20 mm; cần 30–35 mm.']);
  });

  test('checks every side, with half a millimetre of slack for rounding', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      page: { ...f.page!, marginTopTw: 1417 + 40, marginBottomTw: 1100, marginLeftTw: 1984 + 100, marginRightTw: 1134 + 20 },
    }));
    expect(findingsOf(formatMargins, doc)).toEqual([
      'error @-: Lề trên 25,7 mm; cần 20–25 mm.',
      'error @-: Lề dưới 19,4 mm; cần 20–25 mm.',
      'error @-: Lề trái 36,8 mm; cần 30–35 mm.',
    ]);
  });
});
