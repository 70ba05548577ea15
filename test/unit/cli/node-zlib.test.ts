/**
 * The command's zlib for the .docx writer (electron/services/documents/node-zlib.ts): what it deflates inflates back, its CRC-32
 * is zlib's, and a plan written with it has the parts of the docx library's own zip.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import { nodeDeflater } from '../../../electron/services/documents/node-zlib';
import { crc32, useRawDeflater, writeDocx } from '../../../core/docx/index';
import { fullPlan } from '../../helpers/docx-plans';

afterEach(() => {
  useRawDeflater(null);
});

async function partTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names: string[] = [];
  zip.forEach((path) => names.push(path));
  return Promise.all(names.map(async (name) => `${name}\n${(await zip.file(name)?.async('string')) ?? ''}`));
}

describe('nodeDeflater', () => {
  test("deflates raw (no zlib header) and gives zlib's CRC-32, never core's when zlib has one", () => {
    const data = new TextEncoder().encode('<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>'.repeat(100));
    const deflater = nodeDeflater(() => -1);
    const deflated = deflater.deflateRaw(data);
    expect({ smaller: deflated.length < data.length, back: inflateRawSync(deflated).equals(data), crc: deflater.crc32(data) }).toEqual({
      smaller: true,
      back: true,
      crc: zlibCrc32(data),
    });
  });

  test("writes a plan with the parts of the docx library's zip", async () => {
    const now = new Date('2026-03-15T02:00:00Z');
    const library = await partTexts(await writeDocx(fullPlan(), { now }));
    useRawDeflater(nodeDeflater(crc32));
    const bytes = await writeDocx(fullPlan(), { now });
    // Dated 1980-01-01 in the first local header: zipped by core's writer, not the library's.
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(12, true)).toBe(0x0021);
    expect(await partTexts(bytes)).toEqual(library);
  });
});
