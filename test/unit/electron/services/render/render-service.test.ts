/**
 * "Kiểm tra bằng bản in": the page checks on page texts, finding LibreOffice, and a real render of an export.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../../../core/docx/index';
import { paginate } from '../../../../../core/layout/paginate';
import { findSoffice } from '../../../../../electron/services/render/find-soffice';
import { checkPages } from '../../../../../electron/services/render/page-checks';
import { renderCheck } from '../../../../../electron/services/render/render-service';
import { tablePlan } from '../../../../helpers/docx-plans';
import { hasSoffice } from '../../../../helpers/docx-render';

const BODY = '      Các sở, ban, ngành chủ động triển khai thực hiện nhiệm vụ được giao.';

describe('checkPages', () => {
  it('says nothing of well-made pages', () => {
    const pages = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\n' + BODY, `                2\n${BODY}\nNơi nhận:                     TM. ỦY BAN NHÂN DÂN\n- Như trên;`];
    expect(checkPages(pages)).toEqual([]);
  });

  it('finds a number on page 1, a heading ending a page and the signer block alone', () => {
    const pages = [`                1\nKẾ HOẠCH\n${BODY}\n      II. NỘI DUNG THỰC HIỆN`, `                2\n${BODY}\n${BODY}`, `                3\nNơi nhận:                     TM. ỦY BAN NHÂN DÂN\n- Như trên;`];
    expect(checkPages(pages).map((f) => [f.kind, f.page])).toEqual([
      ['page-one-number', 1],
      ['heading-last-line', 1],
      ['signer-alone', 3],
    ]);
  });
});

describe('findSoffice', () => {
  it('finds nothing on a Windows machine without LibreOffice in Program Files', () => {
    expect(findSoffice({ PATH: '', ProgramFiles: '/nonexistent' }, 'win32')).toBeNull();
  });
});

describe('renderCheck', () => {
  it('says why it did not run when LibreOffice is not there', async () => {
    const result = await renderCheck(new Uint8Array([1, 2, 3]), { env: { PATH: '', ProgramFiles: '/nonexistent' }, platform: 'win32' });
    expect(result).toEqual({ ran: false, reason: expect.stringContaining('không tìm thấy LibreOffice') as unknown as string });
  });

  it.skipIf(!hasSoffice)('renders an export: as many pages as the layout, no finding, one image per page', async () => {
    const doc = tablePlan(40);
    const result = await renderCheck(await writeDocx(doc));
    expect(result.ran ? { pages: result.pages, findings: result.findings, images: result.images.length, png: result.images.every((i) => i.startsWith('data:image/png;base64,')) } : result).toEqual({
      pages: paginate(doc).pages.length,
      findings: [],
      images: paginate(doc).pages.length,
      png: true,
    });
  }, 120_000);
});
