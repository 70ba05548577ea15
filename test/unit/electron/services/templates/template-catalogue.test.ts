import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findTemplate,
  loadTemplateCatalogue,
  summarizeTemplate,
} from '../../../../../electron/services/templates/template-catalogue';
import { templateJson } from '../../../../helpers/templates-builders';

let dir: string;

async function putTemplate(folder: string, content: string | Record<string, unknown>): Promise<void> {
  await mkdir(join(dir, folder), { recursive: true });
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await writeFile(join(dir, folder, 'template.json'), text, 'utf8');
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-templates-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadTemplateCatalogue', () => {
  it('loads the good templates and reports each broken one with a clear reason', async () => {
    await putTemplate('mau-thu', templateJson({ order: 1 }));
    await putTemplate('cong-van-thu', templateJson({ id: 'cong-van-thu', order: 2, kind: 'cong-van', docType: null, headerDefaults: { issuingBody: 'ubnd-tinh', symbol: 'UBND-VP', issuer: 'collective', summary: 'x' } }));
    await putTemplate('hong-json', '{ "id": "hong-json", ');
    await putTemplate('thieu-truong', { ...templateJson({ id: 'thieu-truong' }), name: '' });
    await putTemplate('sai-ten', templateJson({ id: 'ten-khac' }));
    await mkdir(join(dir, 'trong'));
    await writeFile(join(dir, 'README.md'), 'không phải mẫu');
    const catalogue = await loadTemplateCatalogue(dir);
    expect({
      templates: catalogue.templates.map((t) => t.id),
      profiles: catalogue.profiles.map((p) => [p.id, p.sections.map((s) => s.key)]),
      problems: catalogue.problems,
    }).toEqual({
      templates: ['mau-thu', 'cong-van-thu'],
      profiles: [
        ['mau-thu', ['muc-dich', 'noi-dung']],
        ['cong-van-thu', ['muc-dich', 'noi-dung']],
      ],
      problems: [
        { folder: 'hong-json', message: 'Mẫu "hong-json": template.json không phải JSON hợp lệ.' },
        { folder: 'sai-ten', message: 'Mẫu "sai-ten": mã mẫu "ten-khac" phải trùng tên thư mục.' },
        { folder: 'thieu-truong', message: 'Mẫu "thieu-truong": Mẫu không hợp lệ: trường "name" sai hoặc thiếu.' },
        { folder: 'trong', message: 'Mẫu "trong": thiếu tệp template.json.' },
      ],
    });
  });

  it('reports a missing folder as a problem instead of throwing', async () => {
    const catalogue = await loadTemplateCatalogue(join(dir, 'khong-co'));
    expect([catalogue.templates.length, catalogue.problems.length]).toEqual([0, 1]);
  });
});

describe('findTemplate', () => {
  it('lists the known ids when the template does not exist', async () => {
    await putTemplate('mau-thu', templateJson());
    const found = findTemplate(await loadTemplateCatalogue(dir), 'khong-co');
    expect(found.ok ? null : found.error).toEqual({ code: 'template/not-found', message: 'Không có mẫu "khong-co". Các mẫu hiện có: mau-thu.' });
  });
});

describe('summarizeTemplate', () => {
  it('gives the gallery the guidance of every section by key', async () => {
    await putTemplate('mau-thu', templateJson());
    const catalogue = await loadTemplateCatalogue(dir);
    const summary = summarizeTemplate(catalogue.templates[0]!);
    expect([summary.id, summary.kind, summary.guidance, summary.profile.sections.length]).toEqual([
      'mau-thu',
      'ke-hoach',
      { 'noi-dung': 'Mỗi nhiệm vụ một mục.', 'muc-dich': 'Nêu mục đích.' },
      2,
    ]);
  });
});
