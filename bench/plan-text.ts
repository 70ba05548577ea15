/**
 * A plan written out as the plain text people paste (labels typed, "./." ending, signer and Nơi nhận),
 * so that the benchmark can time the text importer on realistic input.
 */
import { appendixLabel, attachedLine } from '../core/model/appendix';
import type { Block, PlanDocument } from '../core/model/plan-document';
import { computeLabels, displayLabel } from '../core/model/numbering';
import { signatureLines } from '../core/model/signature';
import { childBlocks, runsText, tableText } from '../core/model/walk';
import { formatDateWords } from '../core/text/dates';

/** The text of a plan, one paragraph per line; tables as tab-separated rows; appendices after the signer. */
export function planText(doc: PlanDocument): string {
  const h = doc.header;
  const lines: string[] = [...(h.agency ?? '').split('\n'), `Số: ${h.number ?? ''}/${h.symbol ?? ''}`];
  lines.push(h.nationalTitle ?? '', h.motto ?? '', `${h.place ?? ''}, ${formatDateWords(h.date)}`, h.docType ?? '', h.summary ?? '');
  lines.push(...doc.opening.map((p) => runsText(p.runs)));
  let labels = computeLabels(doc.body);
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'numbered') {
        lines.push(`${displayLabel(b, labels)} ${runsText(b.runs)}`);
      } else if (b.kind === 'bullet') {
        lines.push(`${b.marker} ${runsText(b.runs)}`);
      } else if (b.kind === 'table') {
        lines.push(tableText(b));
      } else if (!b.placeholder) {
        lines.push(runsText(b.runs));
      }
      walk(childBlocks(b));
    }
  };
  walk(doc.body);
  lines[lines.length - 1] = `${(lines[lines.length - 1] ?? '').replace(/\.$/, '')}./.`;
  const items = doc.recipients?.items ?? [];
  lines.push('Nơi nhận:', ...items.map((r, i) => `- ${r.text}${i === items.length - 1 ? '.' : ';'}`));
  if (doc.signature) {
    lines.push(...signatureLines(doc.signature), doc.signature.name ?? '');
  }
  doc.appendices.forEach((a, i) => {
    lines.push(appendixLabel(doc.appendices, i), ...a.title.split('\n'), attachedLine(doc, a));
    labels = computeLabels(a.blocks);
    walk(a.blocks);
  });
  return `${lines.join('\n')}\n`;
}
