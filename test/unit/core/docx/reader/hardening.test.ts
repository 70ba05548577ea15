import { describe, expect, test } from 'vitest';
import { readDocxFacts, type ReaderLimits } from '../../../../../core/docx/reader/index';
import { billionLaughs, claimSizes, documentXml, oleWithStream, zipOf } from '../../../../helpers/docx-fixtures-hostile';

async function codeOf(bytes: Uint8Array, limits?: ReaderLimits): Promise<string> {
  const read = await readDocxFacts(bytes, limits);
  return read.ok ? 'ok' : `${read.error.code}`;
}

const SMALL = { maxEntries: 2000, maxTotalBytes: 1024 * 1024 };

describe('containers that are not a .docx', () => {
  test('an encrypted .docx (OLE with EncryptedPackage), an old .doc, another OLE file, garbage and empty bytes each get their own code', async () => {
    const codes = await Promise.all([
      codeOf(oleWithStream('EncryptedPackage')),
      codeOf(oleWithStream('WordDocument')),
      codeOf(oleWithStream('Workbook')),
      codeOf(new TextEncoder().encode('Xin chào, đây không phải tệp Word')),
      codeOf(new Uint8Array(0)),
    ]);
    expect(codes).toEqual(['docx/encrypted', 'docx/legacy-doc', 'docx/unsupported', 'docx/malformed', 'docx/malformed']);
  });

  test('messages are Vietnamese and tell the user what to do', async () => {
    const read = await readDocxFacts(oleWithStream('WordDocument'));
    expect(read.ok ? '' : read.error.message).toMatch(/\.doc.*lưu thành \.docx/u);
  });
});

describe('broken packages', () => {
  test('a zip without word/document.xml, with a truncated directory, or with XML that does not parse is malformed', async () => {
    const noMain = await zipOf({ 'word/styles.xml': '<w:styles/>' });
    const notXml = await zipOf({ 'word/document.xml': '<w:document><w:body><w:p>' });
    const deep = await zipOf({ 'word/document.xml': documentXml(`${'<w:sdt><w:sdtContent>'.repeat(600)}${'</w:sdtContent></w:sdt>'.repeat(600)}`) });
    const codes = await Promise.all([codeOf(noMain), codeOf(noMain.subarray(0, noMain.length - 30)), codeOf(notXml), codeOf(deep)]);
    expect(codes).toEqual(['docx/malformed', 'docx/malformed', 'docx/malformed', 'docx/malformed']);
  });
});

describe('attacks', () => {
  test('refuses DOCTYPE/ENTITY declarations (entity expansion) in the main part and in styles', async () => {
    const inMain = await zipOf({ 'word/document.xml': billionLaughs() });
    const inStyles = await zipOf({ 'word/document.xml': documentXml('<w:p/>'), 'word/styles.xml': '<!DOCTYPE x [<!ENTITY a "b">]><w:styles/>' });
    const reads = await Promise.all([readDocxFacts(inMain), readDocxFacts(inStyles)]);
    expect(reads.map((r) => (r.ok ? 'ok' : `${r.error.code} ${/DOCTYPE/.test(r.error.message)}`))).toEqual(['docx/malformed true', 'docx/malformed true']);
  });

  test('refuses a zip bomb from what the directory claims, before inflating anything', async () => {
    const honest = await zipOf({ 'word/document.xml': documentXml('<w:p/>') });
    const claims300Mb = claimSizes(honest, 300 * 1024 * 1024);
    expect(await codeOf(claims300Mb)).toBe('docx/too-large');
  });

  test('stops inflating a part that grows past the cap even when the directory lies about its size', async () => {
    const big = documentXml(`<w:p><w:r><w:t>${'a'.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`);
    const bomb = await zipOf({ 'word/document.xml': big });
    const lying = claimSizes(bomb, 100);
    expect([await codeOf(bomb, SMALL), await codeOf(lying, SMALL), bomb.length < 64 * 1024]).toEqual(['docx/too-large', 'docx/too-large', true]);
  });

  test('caps a single XML part below the total, so one huge part cannot exhaust memory', async () => {
    const big = await zipOf({ 'word/document.xml': documentXml(`<w:p><w:r><w:t>${'a'.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`) });
    const read = await readDocxFacts(big, { maxEntries: 2000, maxTotalBytes: 100 * 1024 * 1024, maxPartBytes: 2 * 1024 * 1024 });
    expect(read.ok ? 'ok' : `${read.error.code}: ${read.error.message}`).toBe('docx/too-large: Phần word/document.xml của tệp Word quá lớn để đọc (vượt 2 MB).');
  });

  test('refuses an input file over the size cap before opening it', async () => {
    const honest = await zipOf({ 'word/document.xml': documentXml('<w:p/>') });
    expect(await codeOf(honest, { maxEntries: 2000, maxTotalBytes: 1024 * 1024, maxInputBytes: 100 })).toBe('docx/too-large');
  });

  test('refuses a package with more entries than the cap', async () => {
    const parts: Record<string, string> = { 'word/document.xml': documentXml('<w:p/>') };
    for (let i = 0; i < 2001; i += 1) {
      parts[`junk/${i}.txt`] = '';
    }
    expect(await codeOf(await zipOf(parts))).toBe('docx/too-large');
  });
});
