/**
 * The source lines a recognized document was read from (header fields, opening, body, closing,
 * signer, recipients), so that a file holding several documents can give each its own paragraphs.
 */
import type { Block, PlanDocument } from '../../model/plan-document';
import { childBlocks } from '../../model/walk';

function blockLines(blocks: readonly Block[], out: number[]): void {
  for (const block of blocks) {
    if (block.source) {
      out.push(block.source.line);
    }
    blockLines(childBlocks(block), out);
  }
}

/** The smallest source line of a document, or null when it carries no source lines. */
export function firstSourceLine(doc: PlanDocument): number | null {
  const lines: number[] = Object.values(doc.header.source ?? {}).flatMap((s) => (s ? [s.line] : []));
  doc.opening.forEach((p) => p.source && lines.push(p.source.line));
  blockLines(doc.body, lines);
  blockLines(doc.closing, lines);
  doc.signature?.sourceLines?.forEach((s) => lines.push(s.line));
  if (doc.recipients?.headingSource) {
    lines.push(doc.recipients.headingSource.line);
  }
  doc.recipients?.items.forEach((r) => r.source && lines.push(r.source.line));
  return lines.length === 0 ? null : Math.min(...lines);
}
