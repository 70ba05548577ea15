/**
 * Vietnamese words of the checks panel.
 */
import { PART_NAMES, PART_ORDER, SEVERITY_NAMES } from '@core/report';
import type { DocumentPart, Severity } from '@core/rules';

export const CHECKS_STRINGS = {
  title: 'Kiểm tra thể thức',
  notReady: 'Chưa kiểm tra.',
  allGood: 'Không phát hiện lỗi thể thức.',
  basis: 'Căn cứ',
  /** Where a finding is: the block path ("mục II.1") and the paragraph's first words ("đoạn “…”"). */
  section: 'mục',
  paragraph: 'đoạn',
  reveal: 'Đến chỗ này',
  notEvaluated: 'Chưa đánh giá',
  counts: (errors: number, warnings: number, infos: number): string =>
    `${errors} lỗi · ${warnings} cảnh báo · ${infos} gợi ý`,
} as const;

/** Severity words of the reports (core/report/labels.ts): the panel and the printed phiếu say the same. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = SEVERITY_NAMES;

/** Part names of the reports (core/report/labels.ts): a group of the panel is named as the phiếu names it. */
export const PART_LABELS: Readonly<Record<DocumentPart, string>> = PART_NAMES;

/** Parts in page order, for grouping (the report's order). */
export { PART_ORDER };
