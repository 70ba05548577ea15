/**
 * Vietnamese words of the checks panel.
 */
import type { DocumentPart, Severity } from '../../../core/rules/types';

export const CHECKS_STRINGS = {
  title: 'Kiểm tra thể thức',
  notReady: 'Chưa kiểm tra.',
  allGood: 'Không phát hiện lỗi thể thức.',
  basis: 'Căn cứ',
  reveal: 'Đến chỗ này',
  notEvaluated: 'Chưa đánh giá',
  counts: (errors: number, warnings: number, infos: number): string =>
    `${errors} lỗi · ${warnings} cảnh báo · ${infos} gợi ý`,
} as const;

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
};

export const PART_LABELS: Readonly<Record<DocumentPart, string>> = {
  header: 'Phần đầu văn bản',
  opening: 'Phần mở đầu',
  body: 'Nội dung',
  closing: 'Phần kết',
  signature: 'Chữ ký',
  recipients: 'Nơi nhận',
  page: 'Trình bày trang',
};

/** Parts in page order, for grouping. */
export const PART_ORDER: readonly DocumentPart[] = ['header', 'opening', 'body', 'closing', 'signature', 'recipients', 'page'];
