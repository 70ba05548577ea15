/**
 * header.national-motto: the Quốc hiệu and Tiêu ngữ are present and spelt exactly (PL I, khoản 1).
 * "HOÀ" (old tone placement) is only an info: the decree's own sample table spells it so (docs/nd30.md §3.1).
 */
import { MOTTO, NATIONAL_TITLE } from '../../model/national-motto';
import type { PlanDocument } from '../../model/plan-document';
import { normalizeText, squeeze, upper } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

const OLD_SPELLING = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';

function clean(text: string): string {
  return squeeze(normalizeText(text));
}

function checkTitle(doc: PlanDocument): Finding[] {
  const title = doc.header.nationalTitle;
  const where = headerLocation(doc, 'nationalTitle');
  const fix = { title: `Ghi ${quote(NATIONAL_TITLE)}`, edit: { kind: 'set-header', field: 'nationalTitle', value: NATIONAL_TITLE } } as const;
  if (title === null || clean(title) === '') {
    return [finding(headerNationalMotto, `Thiếu Quốc hiệu: đầu trang 1, bên phải phải có dòng ${quote(NATIONAL_TITLE)}.`, where, { fix })];
  }
  const text = clean(title);
  if (text === NATIONAL_TITLE) {
    return [];
  }
  if (upper(text) === OLD_SPELLING) {
    return [finding(headerNationalMotto, `Quốc hiệu ghi ${quote(text)} (cách bỏ dấu cũ; chính bảng mẫu của Nghị định cũng viết như vậy) — nên ghi ${quote(NATIONAL_TITLE)}.`, where, { severity: 'info', fix })];
  }
  return [finding(headerNationalMotto, `Quốc hiệu ghi ${quote(text)}, không đúng — sửa thành ${quote(NATIONAL_TITLE)} (chữ in hoa).`, where, { fix })];
}

function checkMotto(doc: PlanDocument): Finding[] {
  const motto = doc.header.motto;
  const where = headerLocation(doc, 'motto');
  const fix = { title: `Ghi ${quote(MOTTO)}`, edit: { kind: 'set-header', field: 'motto', value: MOTTO } } as const;
  if (motto === null || clean(motto) === '') {
    return [finding(headerNationalMotto, `Thiếu Tiêu ngữ: dưới Quốc hiệu phải có dòng ${quote(MOTTO)}.`, where, { fix })];
  }
  const text = clean(motto);
  if (text === MOTTO) {
    return [];
  }
  return [finding(headerNationalMotto, `Tiêu ngữ ghi ${quote(text)}, không đúng — sửa thành ${quote(MOTTO)} (viết hoa chữ đầu mỗi cụm, nối bằng gạch nối có cách chữ).`, where, { fix })];
}

/** Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and Tiêu ngữ "Độc lập - Tự do - Hạnh phúc". */
export const headerNationalMotto: Rule = {
  id: 'header.national-motto',
  group: 'header',
  severity: 'error',
  title: 'Quốc hiệu và Tiêu ngữ',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 1',
  check: (doc) => [...checkTitle(doc), ...checkMotto(doc)],
};
