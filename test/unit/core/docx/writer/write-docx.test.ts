import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../../core/docx/writer/write-docx';
import { documentTitle } from '../../../../../core/model/header-lines';
import { congVan, fullPlan } from '../../../../helpers/docx-plans';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('writeDocx', () => {
  test('returns a zip whose core properties carry the given time and the title', async () => {
    const bytes = await writeDocx(deepFreeze(fullPlan()), { now: new Date('2021-09-10T03:04:05.678Z') });
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
    expect({
      zip: bytes[0] === 0x50 && bytes[1] === 0x4b,
      created: /<dcterms:created[^>]*>([^<]*)</u.exec(core ?? '')?.[1],
      title: core?.includes('<dc:title>KẾ HOẠCH Triển khai thực hiện Chỉ thị số 25/CT-TTg'),
    }).toEqual({ zip: true, created: '2021-09-10T03:04:05Z', title: true });
  });

  test('writes the same XML twice for the same plan and time', async () => {
    const now = new Date('2020-01-05T00:00:00Z');
    const read = async (): Promise<string[]> => {
      const zip = await JSZip.loadAsync(await writeDocx(fullPlan(), { now }));
      return Promise.all(['word/document.xml', 'docProps/core.xml'].map((p) => zip.file(p)?.async('string') ?? ''));
    };
    expect(await read()).toEqual(await read());
  });
});

describe('documentTitle', () => {
  test('is the type name and trích yếu, or "V/v …" for a công văn', () => {
    expect([documentTitle(fullPlan()).slice(0, 24), documentTitle(congVan())]).toEqual(['KẾ HOẠCH Triển khai thực', 'V/v triển khai Kế hoạch thực hiện Chỉ thị số 25/CT-TTg']);
  });
});

describe('text safety', () => {
  test('control characters in imported text never reach the XML; tabs become spaces', async () => {
    const plan = fullPlan();
    const dirty = { ...plan, closing: [{ kind: 'paragraph' as const, id: 'x', runs: [{ text: 'Trên\u0001 đây\tlà\u000Bkế hoạch\uD800.' }] }] };
    const xml = await (await JSZip.loadAsync(await writeDocx(dirty))).file('word/document.xml')?.async('string');
    expect(/Trên[^<]*hoạch[^<]*<\/w:t>/u.exec(xml ?? '')?.[0]).toEqual('Trên đây làkế hoạch./.</w:t>');
  });
});
