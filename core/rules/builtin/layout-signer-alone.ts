/**
 * layout.signer-alone: the signer block stands alone at the top of the last page of the export. The export keeps
 * the body's last paragraph with it (w:keepNext before a row that cannot split), so this is reported only when even
 * that cannot hold them together (a last paragraph longer than a page). Where the keep alone saves the page, no
 * finding: the export already does the right thing. Judged on the pages of the export (core/layout), so not on an
 * imported .docx: "Kiểm tra bằng bản in" renders the file itself.
 */
import { signerAlone, signerPage } from '../../layout/paginate';
import { exportPages } from '../support/export-pages';
import { finding } from '../support/finding';
import { partLocation } from '../support/locate';
import type { Rule } from '../types';

export const layoutSignerAlone: Rule = {
  id: 'layout.signer-alone',
  group: 'signature',
  severity: 'warning',
  title: 'Khối chữ ký không đứng riêng một trang',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 7 (chữ ký đi cùng nội dung văn bản)',
  check: (doc) => {
    // An imported .docx keeps its own pages (judged by rendering the file), not the export's.
    if (doc.meta.origin === 'docx') {
      return [];
    }
    const exported = exportPages(doc);
    const page = signerPage(exported);
    if (signerAlone(exported)) {
      return [finding(layoutSignerAlone, `Khối chữ ký đứng riêng ở trang ${page}: đoạn cuối của nội dung dài hơn một trang nên không kéo sang cùng trang được. Hãy tách đoạn cuối thành các đoạn ngắn hơn.`, partLocation('signature'))];
    }
    return [];
  },
};
