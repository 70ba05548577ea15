/**
 * header.agency: the issuing body's name is present and in capitals; a supervising body, if any, too.
 */
import { normalizeText, squeeze, upper } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

function oneLine(text: string): string {
  return squeeze(normalizeText(text).replace(/\n+/g, ' '));
}

/** Tên cơ quan ban hành: present, in capitals. */
export const headerAgency: Rule = {
  id: 'header.agency',
  group: 'header',
  severity: 'error',
  title: 'Tên cơ quan, tổ chức ban hành',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 2',
  check: (doc) => {
    const out: Finding[] = [];
    const agency = doc.header.agency;
    if (agency === null || oneLine(agency) === '') {
      out.push(finding(headerAgency, 'Thiếu tên cơ quan ban hành: góc trên bên trái trang 1 phải ghi tên cơ quan (ví dụ "ỦY BAN NHÂN DÂN / TỈNH …"), chữ in hoa.', headerLocation(doc, 'agency')));
    } else if (/[…{}]|\.{3}/u.test(agency)) {
      out.push(finding(headerAgency, `Tên cơ quan ban hành ${quote(oneLine(agency))} chưa điền đủ: thay phần "…" bằng tên đơn vị hành chính (ví dụ "TỈNH BẮC GIANG").`, headerLocation(doc, 'agency')));
    } else if (oneLine(agency) !== upper(oneLine(agency))) {
      const value = upper(normalizeText(agency));
      out.push(finding(headerAgency, `Tên cơ quan ban hành ${quote(oneLine(agency))} phải viết in hoa — sửa thành ${quote(oneLine(value))}.`, headerLocation(doc, 'agency'), {
        fix: { title: 'Viết in hoa tên cơ quan', edit: { kind: 'set-header', field: 'agency', value } },
      }));
    }
    const parent = doc.header.parentAgency;
    if (parent !== null && oneLine(parent) !== '' && oneLine(parent) !== upper(oneLine(parent))) {
      out.push(finding(headerAgency, `Tên cơ quan chủ quản ${quote(oneLine(parent))} phải viết in hoa — sửa thành ${quote(upper(oneLine(parent)))}.`, headerLocation(doc, 'parentAgency')));
    }
    return out;
  },
};
