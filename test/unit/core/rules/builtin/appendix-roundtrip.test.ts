import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../../../core/docx/index';
import { importDocx } from '../../../../../core/import/docx/import-docx';
import { appendix, table } from '../../../../../core/model/builders';
import { checkDocument } from '../../../../../core/rules/index';
import { doc, goldenBody, h1, h2, p } from '../../../../helpers/doc-builders';
import { TEST_PROFILES } from '../../../../helpers/rules-profiles';

describe('appendices exported by the app and read back', () => {
  it('pass every appendix, table and format rule (label, Kèm theo line, own page numbering, landscape table section)', async () => {
    const body = goldenBody();
    body[1] = h1('NỘI DUNG', p('Phân công cụ thể tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.'), h2('Tuyên truyền', p('Cơ quan chủ trì: Sở Ngoại vụ.')));
    const tasks = table([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], ['1', 'Tuyên truyền', 'Sở Ngoại vụ', 'Các sở', 'Quý I']]);
    const plan = {
      ...doc(...body),
      appendices: [
        appendix({ title: 'DANH MỤC NHIỆM VỤ', orientation: 'landscape', role: 'task-assignment', blocks: [tasks] }),
        appendix({ title: 'DỰ TOÁN KINH PHÍ', blocks: [p('Kinh phí theo dự toán được giao.')] }),
      ],
    };
    const read = await importDocx(await writeDocx(plan));
    const docs = read.ok ? read.value : [];
    const findings = docs.flatMap((d) => checkDocument(d, { profiles: TEST_PROFILES }).findings);
    const judged = findings.filter((f) => f.severity !== 'info' && /^(appendix|table|format)\./u.test(f.rule)).map((f) => `${f.rule}: ${f.message}`);
    expect({ documents: docs.length, appendices: docs[0]?.appendices.length, judged }).toEqual({ documents: 1, appendices: 2, judged: [] });
  }, 30_000);
});
