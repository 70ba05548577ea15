import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../core/docx/index';
import { instantiateTemplate } from '../../../core/templates/instantiate';
import type { Block } from '../../../core/model/plan-document';
import { DEPUTY_SIGNED_HEADER, templateCatalogue } from '../../helpers/templates-builders';
import { hasSoffice, missingWords, renderPdfs, saveDocx, tempDir } from '../../helpers/docx-render';
import { blockText, childBlocks } from '../../../core/model/walk';

const catalogue = await templateCatalogue();
const docs = catalogue.templates.map((template) => instantiateTemplate(template, DEPUTY_SIGNED_HEADER));

/** The exported text of a body: every block's own text except drafter guidance. */
function bodyTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    const own = b.kind === 'paragraph' && b.placeholder ? [] : [blockText(b)];
    return [...own, ...bodyTexts(childBlocks(b))];
  });
}

describe.skipIf(!hasSoffice)('template exports rendered by LibreOffice', async () => {
  const dir = tempDir('kehoach-templates-');
  const paths = await Promise.all(docs.map(async (doc, i) => saveDocx(await writeDocx(doc), dir, catalogue.templates[i]?.id ?? `mau-${i}`)));
  const pdfs = renderPdfs(paths);

  it('puts the Quốc hiệu on one line, no page number on page 1, "2" atop page 2, and loses no text', () => {
    const seen = pdfs.map((pdf, i) => {
      const first = pdf.pages[0] ?? '';
      const second = pdf.pages[1];
      const topOfSecond = second?.split('\n').find((l) => l.trim() !== '')?.trim();
      const source = [...bodyTexts(docs[i]?.body ?? []), ...(docs[i]?.recipients?.items.map((r) => r.text) ?? [])];
      return {
        id: catalogue.templates[i]?.id,
        quocHieuOneLine: first.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
        numberOnPage1: first.split('\n').some((l) => l.trim() === '1'),
        page2Number: second === undefined ? 'một trang' : topOfSecond,
        missing: missingWords(source, pdf),
      };
    });
    expect(seen).toEqual(
      catalogue.templates.map((t, i) => ({
        id: t.id,
        quocHieuOneLine: true,
        numberOnPage1: false,
        page2Number: (pdfs[i]?.pages.length ?? 0) > 1 ? '2' : 'một trang',
        missing: [],
      })),
    );
  });
});
