/**
 * Kính gửi and Nơi nhận as printed (PL I, Mục II, khoản 9): "- X;" per entry, "- X:" for an entry that introduces
 * nested "+ Y;" entries, and the last line ending with ".". One cleaner and one formatter for the page, the
 * settings form, the rules and the .docx.
 */
import { normalizeText } from '../text/normalize';
import type { Recipient } from './plan-document';

/** The label that opens the addressees block of a công văn or a tờ trình (khoản 9.a). */
export const KINH_GUI = 'Kính gửi:';

/** An entry's text (NFC) without its list marker ("-", "+", "–", "—", "•", with the spaces after it). */
export function stripRecipientMarker(entry: string): string {
  return normalizeText(entry).trim().replace(/^[-+–—•]\s*/u, '');
}

/** An entry's text without its list marker and end punctuation (";", ",", ".", ":"): what the model stores. */
export function cleanRecipientText(entry: string): string {
  return stripRecipientMarker(entry).replace(/[;,.:\s]+$/u, '');
}

/** True for the archive line "Lưu: VT, …" (with or without its marker). */
export function isArchiveRecipient(text: string): boolean {
  return /^lưu(?!\p{L})/iu.test(cleanRecipientText(text));
}

/** Typed lines (one entry a line) as clean entries; blank lines dropped. */
export function recipientEntries(text: string): string[] {
  return text
    .split('\n')
    .map(cleanRecipientText)
    .filter((entry) => entry !== '');
}

/**
 * The addressees after "Kính gửi:" as printed (khoản 9.a): one addressee stays on the Kính gửi line (one line, no
 * marker); several become "- X;" lines, the last ending ".". Blank entries are dropped; no entry gives no line.
 */
export function formatAddresseeLines(addressees: readonly string[]): string[] {
  const entries = addressees.map(cleanRecipientText).filter((entry) => entry !== '');
  if (entries.length <= 1) {
    return entries;
  }
  return entries.map((entry, i) => `- ${entry}${i === entries.length - 1 ? '.' : ';'}`);
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
