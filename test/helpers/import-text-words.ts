/**
 * "No text lost" checks for the importer: every word of a document (header fields, opening, body
 * with labels, closing, signer, recipients) against the words of its source text, as multisets.
 */
import { textToLines } from '../../core/import/structure/import-text';
import { flattenBlocks, runsText, tableText } from '../../core/model/walk';
import type { Block, PlanDocument } from '../../core/model/plan-document';

/** Lower-case words and numbers of a text; numbers lose leading zeros ("05" and "5" are one word). */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
}

function blockWords(block: Block): string[] {
  if (block.kind === 'table') {
    return words(tableText(block));
  }
  const label = block.kind === 'numbered' ? (block.label ?? '') : '';
  return words(`${label} ${runsText(block.runs)}`);
}

function headerTexts(doc: PlanDocument): string[] {
  const h = doc.header;
  const src = h.source ?? {};
  const out = [h.nationalTitle, h.motto, h.parentAgency, h.agency, h.docType].map((v) => v ?? '');
  if (h.number !== null) {
    out.push(`Số ${h.number} ${h.symbol ?? ''}`);
  }
  if (h.date !== null) {
    const d = h.date;
    out.push(`${h.place ?? ''} ngày ${d.day ?? ''} tháng ${d.month ?? ''} năm ${d.year ?? ''}`);
  }
  const vv = src.summary && /^V\/v/i.test(src.summary.text.trim()) ? 'V/v ' : '';
  out.push(`${vv}${h.summary ?? ''}`);
  if (src.addressees) {
    out.push(`Kính gửi ${h.addressees.join(' ')}`);
  }
  return out;
}

function footerTexts(doc: PlanDocument): string[] {
  const out: string[] = [];
  const s = doc.signature;
  if (s) {
    // A chain holds every authority and title line; the fields then repeat some of them.
    const lines = s.chain && s.chain.length > 0 ? [...s.chain] : [s.onBehalfOf ? `TM. ${s.onBehalfOf}` : '', `${s.authority ?? ''} ${s.headTitle ?? ''}`, s.signerTitle ?? ''];
    // A misspelt or dotless prefix ("T/M.", "K/T", "TM BAN …") is read as the prefix meant: count its words as written.
    const pool = (s.sourceLines ?? []).map((l) => l.text.trim());
    const take = (r: string | undefined): string | undefined => (r === undefined ? undefined : pool.splice(pool.indexOf(r), 1)[0]);
    const exact = lines.map((line) => take(pool.find((r) => r === line)));
    const asWritten = lines.map((line, k) => {
      const rest = /^(?:TM|KT|TL|TUQ|Q)\. (.+)$/u.exec(line)?.[1];
      const misspelt = (r: string): boolean => r.endsWith(rest ?? '\u0000') && /^(?:T\s*[/.]\s*[ML]|K\s*[/.]\s*T|TM|KT|TL)\.?\s/u.test(r);
      return exact[k] ?? (rest ? take(pool.find(misspelt)) : undefined) ?? line;
    });
    out.push(...asWritten, s.name ?? '');
    // "(Đã ký)" notes stand for the signature: kept only among the raw signer lines.
    out.push(...(s.sourceLines ?? []).map((l) => l.text).filter((t) => /^\(?\s*(?:đã ký|đã kí|ký|kí)(?!\p{L})/iu.test(t)));
  }
  if (doc.recipients) {
    out.push(doc.recipients.headingSource ? 'Nơi nhận' : '', ...doc.recipients.items.map((i) => i.text));
  }
  return out;
}

/** Words of the phụ lục: label, title, Kèm theo line and blocks. */
function appendixWords(doc: PlanDocument): string[] {
  return (doc.appendices ?? []).flatMap((a) => [
    ...words(`${a.label ?? ''} ${a.title} ${a.attachedLine ?? ''}`),
    ...flattenBlocks(a.blocks).flatMap(blockWords),
  ]);
}

/** Every word a document holds. */
export function documentWords(doc: PlanDocument): string[] {
  const texts = [...headerTexts(doc), ...doc.opening.map((p) => runsText(p.runs)), ...doc.closing.map((p) => runsText(p.runs))];
  const bodyWords = flattenBlocks(doc.body).flatMap(blockWords);
  return [...texts.flatMap(words), ...bodyWords, ...footerTexts(doc).flatMap(words), ...appendixWords(doc)];
}

/** Words of a source text once its `**` / `*` emphasis markers are gone (as the markup reader removes them). */
export function sourceWords(text: string): string[] {
  return textToLines(text).flatMap((l) => words(l.text));
}

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of list) {
    map.set(w, (map.get(w) ?? 0) + 1);
  }
  return map;
}

/** Words the source has more often than the documents (missing) and the other way round (extra). */
export function wordDiff(source: readonly string[], documents: readonly string[]): { missing: Record<string, number>; extra: Record<string, number> } {
  const a = counts(source);
  const b = counts(documents);
  const missing: Record<string, number> = {};
  const extra: Record<string, number> = {};
  for (const [w, n] of a) {
    const d = n - (b.get(w) ?? 0);
    if (d > 0) {
      missing[w] = d;
    }
  }
  for (const [w, n] of b) {
    const d = n - (a.get(w) ?? 0);
    if (d > 0) {
      extra[w] = d;
    }
  }
  return { missing, extra };
}
