/**
 * The Vietnamese answers of a task that did not finish in its worker (over its time or memory budget,
 * a worker that died, a host shutting down). One line each, naming the file and what to do.
 */
import type { WorkKind } from './work-protocol';

export type WorkFailure = 'timeout' | 'memory' | 'crashed' | 'stopped';

const ACTION: Readonly<Record<WorkKind, string>> = {
  'read-file': 'Đọc tệp',
  'read-bytes': 'Đọc tệp',
  check: 'Kiểm tra',
  'export-docx': 'Xuất .docx từ',
};

/** The message for a task that failed the given way. */
export function failureMessage(failure: WorkFailure, kind: WorkKind, label: string, budget: { readonly heapMb: number; readonly timeoutMs: number }): string {
  const what = `${ACTION[kind]} "${label}"`;
  switch (failure) {
    case 'timeout':
      return `${what} quá ${duration(budget.timeoutMs)} nên đã dừng; tệp có thể bị hỏng hoặc được tạo để làm treo ứng dụng.`;
    case 'memory':
      return `${what} cần quá nhiều bộ nhớ (hơn ${budget.heapMb} MB) nên đã dừng; tệp có thể bị hỏng hoặc được tạo để làm treo ứng dụng.`;
    case 'stopped':
      return `${what} chưa xong thì ứng dụng đã đóng.`;
    case 'crashed':
      return `${what} không thành do lỗi nội bộ; hãy thử lại.`;
  }
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} giây`;
}
