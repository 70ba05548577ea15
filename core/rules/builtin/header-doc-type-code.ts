/**
 * header.doc-type-code: the type code in the ký hiệu matches the document type (PL III, Mục I):
 * a Kế hoạch is "KH-…"; a công văn has no type code ("UBND-VP"), and "CV" is not a code.
 */
import { DocKind } from '../../model/plan-document';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Rule } from '../types';

/** Type codes of the documents the app knows (PL III, Mục I). */
const CODE_BY_KIND: Readonly<Partial<Record<DocKind, string>>> = {
  [DocKind.KE_HOACH]: 'KH',
  [DocKind.BAO_CAO]: 'BC',
  [DocKind.QUYET_DINH]: 'QĐ',
  [DocKind.TO_TRINH]: 'TTr',
  [DocKind.THONG_BAO]: 'TB',
  [DocKind.CHUONG_TRINH]: 'CTr',
};

/** All 27 type codes of PL III, for recognising a type code where none belongs. */
const TYPE_CODES = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr',
  'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB',
]);

/** Kind names for messages. */
const KIND_NAME: Readonly<Partial<Record<DocKind, string>>> = {
  [DocKind.KE_HOACH]: 'Kế hoạch',
  [DocKind.BAO_CAO]: 'Báo cáo',
  [DocKind.QUYET_DINH]: 'Quyết định',
  [DocKind.TO_TRINH]: 'Tờ trình',
  [DocKind.THONG_BAO]: 'Thông báo',
  [DocKind.CHUONG_TRINH]: 'Chương trình',
};

/** The ký hiệu's type code matches the kind of document. */
export const headerDocTypeCode: Rule = {
  id: 'header.doc-type-code',
  group: 'header',
  severity: 'error',
  title: 'Chữ viết tắt tên loại trong ký hiệu',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 3; PL III, Mục I',
  check: (doc) => {
    const symbol = doc.header.symbol?.replace(/\s+/gu, '');
    if (!symbol) {
      return [];
    }
    const groups = symbol.split('-');
    const first = groups[0] ?? '';
    const where = headerLocation(doc, 'number');
    if (doc.kind === DocKind.CONG_VAN) {
      if (first.toUpperCase() === 'CV' || TYPE_CODES.has(first)) {
        return [finding(headerDocTypeCode, `Ký hiệu công văn ${quote(symbol)} bắt đầu bằng ${quote(first)}: công văn không có chữ viết tắt tên loại — ký hiệu gồm tên cơ quan và đơn vị soạn thảo (ví dụ "UBND-VP").`, where)];
      }
      return [];
    }
    const code = CODE_BY_KIND[doc.kind];
    if (!code || first === code) {
      return [];
    }
    const fixed = [code, ...groups.slice(TYPE_CODES.has(first) || first.toUpperCase() === 'CV' ? 1 : 0)].join('-');
    return [finding(headerDocTypeCode, `Ký hiệu ${quote(symbol)} không đúng loại văn bản: ${KIND_NAME[doc.kind] ?? 'văn bản này'} viết tắt là ${quote(code)} — sửa thành ${quote(fixed)}.`, where, {
      fix: { title: `Sửa thành ${quote(fixed)}`, edit: { kind: 'set-header', field: 'symbol', value: fixed } },
    })];
  },
};
