/**
 * The page layout against LibreOffice's render of the export: on the seeds, each template's starter plan and the
 * test plans (long, with tables and appendices), every top-level heading and the signer block are on the same
 * page in the layout as in the PDF (tolerance: none), and the page counts agree.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { importText } from '../../../../core/import/index';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { instantiateTemplate } from '../../../../core/templates/instantiate';
import { loadTemplateCatalogue } from '../../../../electron/services/templates/template-catalogue';
import { fullPlan, longPlan, tablePlan } from '../../../helpers/docx-plans';
import { hasSoffice } from '../../../helpers/docx-render';
import { readSeed, seedIds } from '../../../helpers/seeds';
import { comparePages, type PageComparison } from './pages-against-render';

const OPTIONS = {
  agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
  agencyCode: 'UBND',
  place: 'Bắc Giang',
  date: { day: 15, month: 3, year: 2026 },
  signer: { name: 'Nguyễn Văn A', title: 'PHÓ CHỦ TỊCH' },
  archiveCode: 'KGVX',
  summary: 'Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ trên địa bàn tỉnh',
} as const;

async function cases(): Promise<[string, PlanDocument][]> {
  const out: [string, PlanDocument][] = [];
  for (const id of seedIds()) {
    const read = importText(readSeed(id));
    if (read.ok) {
      out.push([`seed ${id}`, read.value[0] as PlanDocument]);
    }
  }
  const catalogue = await loadTemplateCatalogue();
  for (const template of catalogue.templates) {
    out.push([`template ${template.id}`, instantiateTemplate(template, OPTIONS)]);
  }
  out.push(['full-plan', fullPlan()], ['long-plan', longPlan(6)], ['table-plan', tablePlan()]);
  return out;
}

describe.skipIf(!hasSoffice)('page layout against LibreOffice', () => {
  let results: PageComparison[] = [];
  beforeAll(async () => {
    results = await comparePages(await cases());
    if (process.env['LAYOUT_REPORT']) {
      for (const r of results) {
        console.log(r.name, `pages ${r.layoutPages}/${r.renderedPages}`, r.places.filter((p) => p.layout !== p.rendered).map((p) => `${p.what}: ${p.layout}≠${p.rendered}`), r.startsDiffer);
      }
    }
  }, 240_000);

  test('every top-level heading and the signer block land on the page LibreOffice puts them on', () => {
    const wrong = results.flatMap((r) => r.places.filter((p) => p.layout !== p.rendered).map((p) => `${r.name}: ${p.what} ${p.layout}≠${p.rendered}`));
    const total = results.reduce((n, r) => n + r.places.length, 0);
    expect({ total: total > 20, wrong }).toEqual({ total: true, wrong: [] });
  });

  test('each page starts with the line LibreOffice starts it with (pages that start with text)', () => {
    const checked = results.reduce((n, r) => n + r.starts, 0);
    expect({ checked: checked > 20, differ: results.flatMap((r) => r.startsDiffer.map((d) => `${r.name} ${d}`)) }).toEqual({ checked: true, differ: [] });
  });

  test('the page count equals the PDF page count', () => {
    expect(results.filter((r) => r.layoutPages !== r.renderedPages).map((r) => `${r.name}: ${r.layoutPages}≠${r.renderedPages}`)).toEqual([]);
  });
});
