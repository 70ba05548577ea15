/**
 * The export keeps the body's last lines with the signer block: plans whose signer block would stand alone at the
 * top of the last page if pages broke freely (found with the layout), rendered by LibreOffice, show body text (the
 * "./." line) on the signer block's page, as the layout says.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import { describeDocument } from '../../../../core/docx/writer/describe';
import { paginate, paginateLayout, signerAlone, signerPage, withoutSignerKeep } from '../../../../core/layout/paginate';
import { bullet } from '../../../../core/model/builders';
import type { Block, PlanDocument } from '../../../../core/model/plan-document';
import { fullPlan } from '../../../helpers/docx-plans';
import { hasSoffice, renderPdfs, saveDocx, tempDir, type RenderedPdf } from '../../../helpers/docx-render';

const LINE = 'Các sở, ban, ngành chủ động phối hợp triển khai nhiệm vụ được giao, báo cáo kết quả định kỳ';

/** fullPlan with `extra` more bullets at the end of its last section. */
function variant(extra: number): PlanDocument {
  const base = fullPlan();
  const body = [...base.body];
  const last = body[body.length - 1] as Block & { children: readonly Block[] };
  body[body.length - 1] = { ...last, children: [...last.children, ...Array.from({ length: extra }, (_, i) => bullet(`${LINE} (${i + 1}).`))] } as Block;
  return { ...base, body };
}

/** Variants whose signer block would stand alone without the keep. */
function lonely(): [number, PlanDocument][] {
  const out: [number, PlanDocument][] = [];
  for (let extra = 0; extra <= 40 && out.length < 4; extra += 1) {
    const doc = variant(extra);
    if (signerAlone(paginateLayout(withoutSignerKeep(describeDocument(doc))))) {
      out.push([extra, doc]);
    }
  }
  return out;
}

describe('the last lines of the body stay with the signer block', () => {
  test('the layout finds plans whose signer block would stand alone, and the export layout keeps it with body lines', () => {
    const found = lonely();
    expect({ found: found.length > 0, alone: found.filter(([, doc]) => signerAlone(paginate(doc))).map(([n]) => n) }).toEqual({ found: true, alone: [] });
  });
});

describe.skipIf(!hasSoffice)('LibreOffice keeps them together too', () => {
  const found = lonely();
  let pdfs: RenderedPdf[] = [];
  beforeAll(async () => {
    const dir = tempDir('kehoach-signer-');
    const paths = await Promise.all(found.map(async ([n, doc]) => saveDocx(await writeDocx(doc), dir, `signer-${n}`)));
    pdfs = renderPdfs(paths);
  }, 120_000);

  test('on the signer block’s page the rendered PDF shows the body’s last line ("./.") above it, on the page the layout says', () => {
    const pages = found.map(([n, doc], i) => {
      const pdf = pdfs[i]?.pages ?? [];
      const signer = pdf.findIndex((page) => page.includes('Nơi nhận:')) + 1;
      return { n, endMarkWithSigner: (pdf[signer - 1] ?? '').includes('./.'), signer, layout: signerPage(paginate(doc)) };
    });
    expect(pages).toEqual(pages.map((p) => ({ ...p, endMarkWithSigner: true, signer: p.layout })));
  });
});
