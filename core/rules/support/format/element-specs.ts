/**
 * What the decree asks of each element's letters (PL I, Phần I, Mục II and the Mục V table;
 * docs/nd30.md §3, §6): size range in points, bold, italic, capitals. null = not set by the decree.
 */
import type { PlanDocument } from '../../../model/plan-document';
import { Element } from './elements';

/** The decree's formatting for one element. */
export type ElementSpec = {
  /** Vietnamese name used in messages. */
  readonly name: string;
  readonly minPt: number;
  readonly maxPt: number;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly capitals: boolean | null;
};

const SPECS: Readonly<Record<Element, ElementSpec>> = {
  nationalTitle: { name: 'Quốc hiệu', minPt: 12, maxPt: 13, bold: true, italic: false, capitals: true },
  motto: { name: 'Tiêu ngữ', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: false },
  parentAgency: { name: 'tên cơ quan chủ quản', minPt: 12, maxPt: 13, bold: false, italic: false, capitals: true },
  agency: { name: 'tên cơ quan ban hành', minPt: 12, maxPt: 13, bold: true, italic: false, capitals: true },
  number: { name: 'số, ký hiệu', minPt: 13, maxPt: 13, bold: false, italic: false, capitals: null },
  date: { name: 'địa danh, ngày tháng', minPt: 13, maxPt: 14, bold: false, italic: true, capitals: false },
  docType: { name: 'tên loại văn bản', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: true },
  summary: { name: 'trích yếu', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: false },
  addressees: { name: 'Kính gửi', minPt: 13, maxPt: 14, bold: null, italic: false, capitals: null },
  opening: { name: 'phần căn cứ', minPt: 13, maxPt: 14, bold: null, italic: null, capitals: null },
  sectionHeading: { name: 'tiêu đề mục (I, II …)', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: true },
  itemTitle: { name: 'tiêu đề khoản (1, 2 …)', minPt: 13, maxPt: 14, bold: true, italic: null, capitals: null },
  body: { name: 'nội dung', minPt: 13, maxPt: 14, bold: null, italic: null, capitals: null },
  recipientsHeading: { name: '"Nơi nhận:"', minPt: 12, maxPt: 12, bold: true, italic: true, capitals: false },
  recipient: { name: 'danh sách nơi nhận', minPt: 11, maxPt: 11, bold: false, italic: false, capitals: null },
  authority: { name: 'thẩm quyền, chức vụ người ký', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: true },
  signerName: { name: 'họ tên người ký', minPt: 13, maxPt: 14, bold: true, italic: false, capitals: false },
};

/** A công văn's trích yếu ("V/v …"): 12–13, not bold (PL I, khoản 5.b). */
const CONG_VAN_SUMMARY: ElementSpec = { name: 'trích yếu công văn (V/v)', minPt: 12, maxPt: 13, bold: false, italic: false, capitals: false };

/** The spec of an element in this document. */
export function specOf(doc: PlanDocument, element: Element): ElementSpec {
  return element === Element.SUMMARY && doc.kind === 'cong-van' ? CONG_VAN_SUMMARY : SPECS[element];
}

/** "13–14" or "12". */
export function rangeText(spec: ElementSpec): string {
  return spec.minPt === spec.maxPt ? String(spec.minPt) : `${spec.minPt}–${spec.maxPt}`;
}
