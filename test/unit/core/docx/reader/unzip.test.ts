import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS, openPackage, useRawInflater, type ReaderLimits } from '../../../../../core/docx/reader/unzip';
import { readZipDirectory } from '../../../../../core/docx/reader/zip-directory';
import { claimSizes } from '../../../../helpers/docx-fixtures-hostile';

const FIXTURES = join(__dirname, '../../../../fixtures/docx');
const SMALL: ReaderLimits = { maxEntries: 2000, maxTotalBytes: 1024 * 1024 };

/** What reading `path` from `zip` gives: the text, null, or the error code. */
async function read(zip: Uint8Array, path: string, limits: ReaderLimits = DEFAULT_LIMITS): Promise<string | null> {
  const opened = await openPackage(zip, limits);
  if (!opened.ok) {
    return `open: ${opened.error.code}`;
  }
  const text = await opened.value.readText(path);
  return text.ok ? text.value : `read: ${text.error.code}`;
}

describe('the parts of real packages', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.docx'));

  test.each(files)('%s: every part reads as JSZip reads it', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const zip = await JSZip.loadAsync(bytes);
    const opened = await openPackage(bytes);
    expect(opened.ok).toBe(true);
    if (!opened.ok) {
      return;
    }
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const ours = await opened.value.readText(name);
      const theirs = (await zip.files[name]?.async('string'))?.replace(/^\uFEFF/, '');
      expect(ours.ok ? ours.value : ours.error.code, name).toBe(theirs);
    }
  });
});

describe('entries', () => {
  test('stored and deflated parts, names in any case and with a leading slash, a missing part and a folder', async () => {
    const text = 'Kế hoạch số 12/KH-UBND '.repeat(50);
    const zip = zipSync({ 'word/document.xml': [strToU8(text), { level: 0 }], 'word/styles.xml': [strToU8(`\uFEFF${text}`), { level: 9 }], 'word/media/': new Uint8Array(0) });
    const directory = readZipDirectory(zip, 10);
    expect(directory.ok ? directory.value.map((e) => `${e.name} ${e.method}`).slice(0, 2) : []).toEqual(['word/document.xml 0', 'word/styles.xml 8']);
    expect(await read(zip, 'word/document.xml')).toBe(text);
    expect(await read(zip, '/WORD/Styles.xml')).toBe(text);
    expect(await read(zip, 'word/numbering.xml')).toBeNull();
    expect(await read(zip, 'word/media/')).toBeNull();
  });

  test('a name flagged UTF-8 is decoded as UTF-8', async () => {
    const zip = zipSync({ 'word/tài liệu.xml': strToU8('<x/>') });
    const directory = readZipDirectory(zip, 10);
    expect(directory.ok ? directory.value[0]?.name : null).toBe('word/tài liệu.xml');
    expect(await read(zip, 'word/tài liệu.xml')).toBe('<x/>');
  });

  test('a stored part over the part cap is too large; the cap counts over all parts read', async () => {
    const part = 'a'.repeat(600 * 1024);
    const zip = zipSync({ 'a.xml': [strToU8(part), { level: 0 }], 'b.xml': strToU8(part) });
    expect(await read(zip, 'a.xml', { maxEntries: 10, maxTotalBytes: 2 * 1024 * 1024, maxPartBytes: 512 * 1024 })).toBe('read: docx/too-large');
    // The directory says 10 bytes each: only the running count of what was inflated stops b.xml.
    const opened = await openPackage(claimSizes(zip, 10), { maxEntries: 10, maxTotalBytes: 1024 * 1024 });
    const reads = opened.ok ? [await opened.value.readText('a.xml'), await opened.value.readText('b.xml')] : [];
    expect(reads.map((r) => (r.ok ? r.value?.length : r.error.code))).toEqual([part.length, 'docx/too-large']);
  });

  test('a deflated part far larger than its directory says is too large under the cap (fed to the inflater in several pieces)', async () => {
    // 32 MB of one letter deflates to over 32 KB: more than one piece of compressed data under a 1 MB cap.
    const huge = new Uint8Array(32 * 1024 * 1024).fill(0x61);
    const lying = claimSizes(zipSync({ 'word/document.xml': huge }, { level: 1 }), 10);
    expect(lying.length).toBeGreaterThan(32 * 1024);
    expect(await read(lying, 'word/document.xml', SMALL)).toBe('read: docx/too-large');
  });
});

describe('broken entries', () => {
  const good = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(100)) });

  test('an unknown compression method, a wrong local header offset and cut compressed data are malformed', async () => {
    const directoryAt = (zip: Uint8Array): number => {
      for (let i = zip.length - 22; i >= 0; i -= 1) {
        if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) {
          return i;
        }
      }
      return -1;
    };
    const cd = directoryAt(good);
    const method = good.slice();
    method[cd + 10] = 12; // bzip2
    const offset = good.slice();
    offset[cd + 42] = 7;
    const cut = good.slice();
    cut[cd + 20] = Math.max(1, (cut[cd + 20] ?? 0) - 20); // the directory says the data is shorter than it is
    expect(await read(good, 'word/document.xml')).toBe('<w:document/>'.repeat(100));
    expect([await read(method, 'word/document.xml'), await read(offset, 'word/document.xml'), await read(cut, 'word/document.xml')]).toEqual([
      'read: docx/malformed',
      'read: docx/malformed',
      'read: docx/malformed',
    ]);
  });
});

describe("a host's inflater (useRawInflater)", () => {
  afterEach(() => {
    useRawInflater(null);
  });
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith('.docx'))[0] ?? '')));

  /** Every part of the package as text (or error code), in directory order. */
  async function allParts(zip: Uint8Array): Promise<(string | null)[]> {
    const opened = await openPackage(zip);
    if (!opened.ok) {
      return [`open: ${opened.error.code}`];
    }
    const out: (string | null)[] = [];
    for (const name of opened.value.names) {
      const text = await opened.value.readText(name);
      out.push(text.ok ? text.value : `read: ${text.error.code}`);
    }
    return out;
  }

  test("Node's zlib reads every part as fflate does, and is used", async () => {
    const expected = await allParts(bytes);
    let calls = 0;
    useRawInflater((data, maxOutput) => {
      calls += 1;
      return inflateRawSync(data, { maxOutputLength: maxOutput });
    });
    expect(await allParts(bytes)).toEqual(expected);
    expect(calls).toBeGreaterThan(3);
  });

  test('a refusal or an output larger than claimed falls back to the capped path, with the same result', async () => {
    const expected = await allParts(bytes);
    useRawInflater(() => {
      throw new RangeError('refused');
    });
    expect(await allParts(bytes)).toEqual(expected);
    useRawInflater((_data, maxOutput) => new Uint8Array(maxOutput));
    expect(await allParts(bytes)).toEqual(expected);
  });

  test('a part larger than its directory claims is still refused past the cap', async () => {
    const big = zipSync({ 'word/document.xml': strToU8('<w:document>' + 'x'.repeat(4000) + '</w:document>') });
    useRawInflater((data, maxOutput) => inflateRawSync(data, { maxOutputLength: maxOutput }));
    expect(await read(claimSizes(big, 10), 'word/document.xml', { maxEntries: 10, maxTotalBytes: 1000 })).toBe('read: docx/too-large');
  });
});
