/**
 * header.doc-type: a typed document (Kế hoạch, Báo cáo …) carries its type name line (PL I, khoản 5).
 * A công văn has none.
 */
import { typeNameOf } from '../../model/kinds';
import { DocKind } from '../../model/plan-document';
import { finding } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Rule } from '../types';

/** Tên loại present for typed documents. */
export const headerDocType: Rule = {
  id: 'header.doc-type',
  group: 'header',
  severity: 'error',
  title: 'Tên loại văn bản',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 5',
  check: (doc) => {
    if (doc.kind === DocKind.CONG_VAN || doc.kind === DocKind.KHAC) {
      return [];
    }
    if (doc.header.docType !== null && doc.header.docType.trim() !== '') {
      return [];
    }
    const name = typeNameOf(doc.kind) ?? 'tên loại';
    return [finding(headerDocType, `Thiếu tên loại văn bản: dưới dòng ngày tháng, giữa trang, ghi "${name}" (chữ in hoa, đứng).`, headerLocation(doc, 'docType'), {
      fix: { title: `Thêm "${name}"`, edit: { kind: 'set-header', field: 'docType', value: name } },
    })];
  },
};
