/**
 * The .docx zipped by core's own ZIP writer with a host's deflate (Node's zlib, as the command and the document
 * worker give it) against the docx library's own zip: the same parts in the same order with the same bytes,
 * readable by our reader and by JSZip; and the library's zip whenever no deflater is given or its compiler is
 * out of reach.
 */
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import { useRawDeflater, writeDocx, writeReportDocx, type RawDeflater } from '../../../../../core/docx/index';
import { openPackage } from '../../../../../core/docx/reader/unzip';
import { crc32, zipParts } from '../../../../../core/docx/writer/zip-writer';
import { checkDocument } from '../../../../../core/rules/index';
import { fullPlan } from '../../../../helpers/docx-plans';
import { templatePlan, allTemplates } from '../../../../helpers/templates-builders';
import { TEST_PROFILES } from '../../../../helpers/rules-profiles';

const NOW = new Date('2026-03-15T02:00:00Z');

/** Node's zlib as the host deflater, counting the parts it deflates. */
function countingDeflater(): RawDeflater & { calls: number } {
  const deflater = {
    calls: 0,
    deflateRaw: (bytes: Uint8Array): Uint8Array => {
      deflater.calls++;
      return deflateRawSync(bytes);
    },
    crc32: (bytes: Uint8Array): number => zlibCrc32(bytes),
  };
  return deflater;
}

/** The parts of a zip in its central directory's order, each as its uncompressed bytes (read by JSZip). */
async function jszipParts(bytes: Uint8Array): Promise<[string, Uint8Array][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names: string[] = [];
  zip.forEach((path) => names.push(path));
  return Promise.all(names.map(async (name): Promise<[string, Uint8Array]> => [name, (await zip.file(name)?.async('uint8array')) ?? new Uint8Array()]));
}

/** The MS-DOS date of the first local file header (1980-01-01 is 0x0021). */
const firstEntryDate = (bytes: Uint8Array): number => new DataView(bytes.buffer, bytes.byteOffset).getUint16(12, true);

/** The plan as .docx, with the given deflater (null: the docx library's zip). */
async function written(deflater: RawDeflater | null, plan = fullPlan()): Promise<Uint8Array> {
  useRawDeflater(deflater);
  try {
    return await writeDocx(plan, { now: NOW });
  } finally {
    useRawDeflater(null);
  }
}

afterEach(() => {
  useRawDeflater(null);
});

describe('writeDocx with a host deflater', () => {
  test("a template plan: the same parts, in the same order, with the same bytes as the docx library's zip", async () => {
    const template = (await allTemplates())[0];
    expect(template).toBeDefined();
    const plan = await templatePlan(template?.id ?? '');
    const deflater = countingDeflater();
    const ours = await written(deflater, plan);
    const library = await written(null, plan);
    const [oursParts, libraryParts] = await Promise.all([jszipParts(ours), jszipParts(library)]);
    expect(oursParts.map(([name]) => name)).toEqual(libraryParts.map(([name]) => name));
    expect(oursParts).toEqual(libraryParts);
    // Taken the host's path: every part deflated by the host, dated 1980-01-01 (the library's zip dates it now).
    expect({ calls: deflater.calls, date: firstEntryDate(ours) }).toEqual({ calls: libraryParts.length, date: 0x0021 });
    expect(firstEntryDate(library)).not.toBe(0x0021);
  });

  test('opens with our reader: the same part names and texts as JSZip reads', async () => {
    const bytes = await written(countingDeflater());
    const opened = await openPackage(bytes);
    if (!opened.ok) {
      throw new Error(opened.error.message);
    }
    const parts = await jszipParts(bytes);
    expect(firstEntryDate(bytes)).toBe(0x0021);
    expect(opened.value.names).toEqual(parts.map(([name]) => name));
    const decoder = new TextDecoder();
    for (const [name, data] of parts) {
      const text = await opened.value.readText(name);
      expect(text.ok && text.value).toBe(decoder.decode(data));
    }
  });

  test('the phiếu kiểm tra thể thức is zipped by the host too, and matches the library', async () => {
    const plan = fullPlan();
    const files = [{ file: 'ke-hoach.docx', documents: [{ doc: plan, result: checkDocument(plan, { profiles: TEST_PROFILES }) }] }];
    const deflater = countingDeflater();
    useRawDeflater(deflater);
    const ours = await writeReportDocx(files, { checkedAt: NOW });
    useRawDeflater(null);
    const library = await writeReportDocx(files, { checkedAt: NOW });
    expect(deflater.calls).toBeGreaterThan(5);
    expect(await jszipParts(ours)).toEqual(await jszipParts(library));
  });

  test("falls back to the library's zip when Packer.compiler throws or gives something other than its Map", async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Packer, 'compiler');
    const compiler = descriptor?.value as { compile: (...args: unknown[]) => unknown };
    const expected = await jszipParts(await written(null));
    try {
      for (const first of [(): never => { throw new Error('moved'); }, (): string => 'not a map', (): Map<string, number> => new Map([['a.xml', 1]])]) {
        // The first call (ours) misbehaves; Packer's own call after it gets the real compiler.
        let calls = 0;
        const replacement = { compile: (...args: unknown[]): unknown => (calls++ === 0 ? first() : compiler.compile(...args)) };
        Object.defineProperty(Packer, 'compiler', { value: replacement, configurable: true, writable: true });
        const deflater = countingDeflater();
        const bytes = await written(deflater);
        expect({ compiles: calls, deflated: deflater.calls, parts: await jszipParts(bytes) }).toEqual({ compiles: 2, deflated: 0, parts: expected });
      }
    } finally {
      if (descriptor) {
        Object.defineProperty(Packer, 'compiler', descriptor);
      }
    }
  });

  test("falls back to the library's zip when the host's deflate throws (the document compiled twice)", async () => {
    const failing: RawDeflater = {
      deflateRaw: () => {
        throw new Error('zlib gone');
      },
      crc32,
    };
    expect(await jszipParts(await written(failing))).toEqual(await jszipParts(await written(null)));
  });
});

describe('zipParts', () => {
  test('stores a part that deflate would not shrink, flags a UTF-8 name, and keeps the given order', async () => {
    const text = new TextEncoder().encode('<a>'.repeat(200));
    const bytes = zipParts(
      [
        ['z.xml', text],
        ['a/tệp.bin', new Uint8Array([1, 2])],
        ['empty', new Uint8Array()],
      ],
      { deflateRaw: (b) => deflateRawSync(b), crc32 },
    );
    const view = new DataView(bytes.buffer);
    const secondHeader = 30 + 'z.xml'.length + view.getUint32(18, true);
    expect({
      methods: [view.getUint16(8, true), view.getUint16(secondHeader + 8, true)],
      flags: [view.getUint16(6, true), view.getUint16(secondHeader + 6, true)],
      parts: await jszipParts(bytes),
      inflated: inflateRawSync(bytes.subarray(35, 35 + view.getUint32(18, true))).toString(),
    }).toEqual({
      methods: [8, 0],
      flags: [0, 0x0800],
      parts: [
        ['z.xml', text],
        ['a/tệp.bin', new Uint8Array([1, 2])],
        ['empty', new Uint8Array()],
      ],
      inflated: '<a>'.repeat(200),
    });
  });

  test("core's CRC-32 is zlib's", () => {
    const data = new TextEncoder().encode('Kế hoạch Studio — CRC-32 '.repeat(50));
    expect([crc32(new Uint8Array()), crc32(data)]).toEqual([zlibCrc32(new Uint8Array()), zlibCrc32(data)]);
  });
});
