import { describe, expect, test } from 'vitest';
import { dateLine, letterhead } from '../../../../../core/docx/writer/letterhead';
import { numberLine } from '../../../../../core/model/header-lines';
import { textWidth } from '../../../../../core/docx/writer/text-width';
import { specText } from '../../../../../core/docx/writer/spec';
import { emptyHeader } from '../../../../../core/model/builders';
import { congVan, fullPlan } from '../../../../helpers/docx-plans';

describe('numberLine', () => {
  test('writes number and ký hiệu, pads numbers below 10 and leaves room for a blank number', () => {
    const h = emptyHeader();
    expect([
      numberLine({ ...h, number: '859', symbol: 'KH-UBND' }, 'printed'),
      numberLine({ ...h, number: '5', symbol: 'UBND-VP' }, 'printed'),
      numberLine({ ...h, number: '', symbol: 'KH-UBND' }, 'printed'),
      numberLine({ ...h, number: null, symbol: null }, 'printed'),
    ]).toEqual(['Số: 859/KH-UBND', 'Số: 05/UBND-VP', 'Số:      /KH-UBND', 'Số:      /……']);
  });
});

describe('dateLine', () => {
  test('uses the leading-zero rule and shows blanks as dots', () => {
    const h = emptyHeader();
    expect([
      dateLine({ ...h, place: 'Hà Nội', date: { day: 5, month: 1, year: 2020 } }),
      dateLine({ ...h, place: 'Bắc Giang', date: { day: null, month: 9, year: 2021 } }),
      dateLine(h),
    ]).toEqual(['Hà Nội, ngày 05 tháng 01 năm 2020', 'Bắc Giang, ngày … tháng 9 năm 2021', '……, ngày … tháng … năm …']);
  });
});

describe('letterhead', () => {
  test('puts the bodies and a line left, Quốc hiệu, Tiêu ngữ and a line right, Số and date below', () => {
    const cells = letterhead(fullPlan());
    expect({
      agency: cells.agency.map((p) => p.kind === 'rule' ? 'rule' : specText(p)),
      national: cells.national.map((p) => p.kind === 'rule' ? 'rule' : specText(p)),
      number: cells.number.map(specText),
      date: cells.date.map(specText),
    }).toEqual({
      agency: ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'rule'],
      national: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'rule'],
      number: ['Số: 859/KH-UBND'],
      date: ['Bắc Giang, ngày 05 tháng 01 năm 2020'],
    });
  });

  test('a công văn gets its V/v line under the Số line and the supervising body above, not bold', () => {
    const cells = letterhead(congVan());
    const first = cells.agency[0];
    expect({
      number: cells.number.map(specText),
      parentBold: first?.kind === 'text' ? first.runs.some((r) => r.bold) : null,
    }).toEqual({ number: ['Số: 05/SVHTTDL-VP', 'V/v triển khai Kế hoạch thực hiện Chỉ thị số 25/CT-TTg'], parentBold: false });
  });

  test('the line under the issuing body is 1/3 to 1/2 of the name and the Tiêu ngữ line is as long as the text', () => {
    // The Tiêu ngữ at 13 pt bold: its Times glyph widths sum to 12,241/1000 em.
    const cells = letterhead(fullPlan());
    const agencyRule = cells.agency.find((p) => p.kind === 'rule');
    const mottoRule = cells.national.find((p) => p.kind === 'rule');
    const name = Math.max(textWidth('ỦY BAN NHÂN DÂN', 26, true), textWidth('TỈNH BẮC GIANG', 26, true));
    expect({
      agency: agencyRule?.kind === 'rule' && agencyRule.width >= name / 3 && agencyRule.width <= name / 2,
      motto: mottoRule?.kind === 'rule' ? mottoRule.width : null,
    }).toEqual({ agency: true, motto: Math.round((12241 * 13 * 20) / 1000) });
  });
});
