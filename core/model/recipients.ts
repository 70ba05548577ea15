/**
 * Nơi nhận as printed (PL I, Mục II, khoản 9.b): "- X;" per entry, "- X:" for an entry that introduces
 * nested "+ Y;" entries, and the last line ending with ".". One formatter for the page and the .docx.
 */
import type { Recipient } from './plan-document';

/** An entry's text without its "-"/"+" marker and end punctuation. */
export function cleanRecipientText(entry: string): string {
  return entry.trim().replace(/^[-+]\s*/u, '').replace(/[;,.:\s]+$/u, '');
}

/** True for the archive line "Lưu: VT, …". */
export function isArchiveRecipient(text: string): boolean {
  return /^lưu\b/iu.test(cleanRecipientText(text));
}

/** The printed lines of a recipients list, in order. */
export function formatRecipientLines(items: readonly Pick<Recipient, 'text' | 'depth'>[]): string[] {
  const clean = items.map((item) => ({ depth: item.depth, text: cleanRecipientText(item.text) })).filter((item) => item.text !== '');
  return clean.map((item, i) => {
    const marker = item.depth === 1 ? '+' : '-';
    if (i === clean.length - 1) {
      return `${marker} ${item.text}.`;
    }
    const opensGroup = item.depth === 0 && clean[i + 1]?.depth === 1;
    return `${marker} ${item.text}${opensGroup ? ':' : ';'}`;
  });
}
