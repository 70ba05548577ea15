import { describe, expect, test } from 'vitest';
import { formatFont, isTimesNewRoman } from '../../../../../core/rules/builtin/format/font';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf } from '../../../../helpers/docx-fixtures-rules';

describe('format.font', () => {
  test('stays silent when every run is Times New Roman', async () => {
    expect(findingsOf(formatFont, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('names the effective font of each writer once, with the number of paragraphs and the first one', async () => {
    const findings = await Promise.all(
      (['docxlib-arial.docx', 'libreoffice-from-txt.docx', 'pandoc-from-md.docx'] as const).map(async (n) => findingsOf(formatFont, await fixtureDocument(n))),
    );
    expect(findings).toEqual([
      ['error @1: Phông chữ "Arial" (32 đoạn, đầu tiên "ỦY BAN NHÂN DÂN"); cần Times New Roman.'],
      ['error @1: Phông chữ "Liberation Mono" (32 đoạn, đầu tiên "ỦY BAN NHÂN DÂN"); cần Times New Roman.'],
      ['error @1: Phông chữ "Cambria" (32 đoạn, đầu tiên "ỦY BAN NHÂN DÂN"); cần Times New Roman.'],
    ]);
  });

  test('takes the names files carry for Times New Roman itself (faces, PostScript names, charset aliases) as Times New Roman', () => {
    const same = ['Times New Roman', ' times new roman ', 'Times New Roman Bold', 'Times New Roman Italic', 'Times New Roman Bold Italic', 'TimesNewRomanPSMT', 'TimesNewRomanPS-BoldMT', 'TimesNewRomanPS-BoldItalicMT', 'TimesNewRoman,Bold', 'Times New Roman CE', 'Times New Roman Cyr', 'Times New Roman Baltic'];
    const other = ['Times', 'Times-Roman', 'Times New Roman Condensed', 'Times New Romanesque', 'Arial', '.VnTime', 'VNI-Times', 'Tinos', 'Liberation Serif'];
    expect({ same: same.filter((f) => !isTimesNewRoman(f)), other: other.filter((f) => isTimesNewRoman(f)) }).toEqual({ same: [], other: [] });
  });
});
