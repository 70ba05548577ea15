/**
 * Hostile and broken inputs for the reader's hardening tests: OLE containers, zips whose directory
 * lies, entity bombs. Built in memory, never written to disk.
 */
import JSZip from 'jszip';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound-file look-alike whose directory names the given stream (UTF-16LE). */
export function oleWithStream(stream: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE_MAGIC, 0);
  Array.from(stream).forEach((ch, i) => {
    bytes[1024 + i * 2] = ch.charCodeAt(0);
  });
  return bytes;
}

/** A zip holding the given parts (text), deflated. */
export async function zipOf(parts: Readonly<Record<string, string | Uint8Array>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) {
    zip.file(name, content);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal document.xml with the given body XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** The classic "billion laughs" entity expansion. */
export function billionLaughs(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i += 1) {
    entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  }
  return `<?xml version="1.0"?><!DOCTYPE w:document [${entities.join('')}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

/** Rewrites every central-directory entry's uncompressed size (what the zip claims). */
export function claimSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size >>> 0, true);
    }
  }
  return out;
}
