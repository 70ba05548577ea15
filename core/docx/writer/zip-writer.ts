/**
 * A small ZIP writer for a .docx package, used when the host gives a native raw-deflate (Node's zlib): the
 * docx library's own zip (its inlined fflate deflate) runs interpreted in a fresh process and takes ~15 ms of
 * a one-page export that zlib does in ~1 ms. Plain ZIP as Word writes it: no ZIP64, no data descriptors, every
 * entry dated 1980-01-01 00:00 (the docx library stamps the current time; a fixed date keeps the bytes stable).
 */

/** A host's raw DEFLATE (RFC 1951, no zlib header) and CRC-32 (ISO-HDLC, as ZIP and gzip use). */
export type RawDeflater = {
  readonly deflateRaw: (bytes: Uint8Array) => Uint8Array;
  readonly crc32: (bytes: Uint8Array) => number;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
/** Version 2.0: DEFLATE, the level every reader supports (fflate writes the same). */
const VERSION = 20;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 11: the name is UTF-8 (set only for a name outside ASCII, as fflate does). */
const UTF8_NAME = 0x0800;
/** MS-DOS time 00:00:00 and date 1980-01-01 ((year − 1980) << 9 | month << 5 | day). */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;

type Encoder = { encode(text: string): Uint8Array };
// core has no DOM or node types: reach the TextEncoder that both runtimes provide.
const encoder = new (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder();

let crcTable: Uint32Array | undefined;

/** CRC-32 in JavaScript, for a host whose native one is missing (Node's zlib.crc32 is from 20.15 and 22.2). */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

type Entry = {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
  readonly offset: number;
};

/** Bytes of a part: text as UTF-8, a view of any typed array or buffer as bytes (no copy). */
export function partBytes(data: string | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') {
    return encoder.encode(data);
  }
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function header(view: DataView, at: number, entry: Entry, central: boolean): number {
  let p = at;
  const u16 = (v: number): void => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number): void => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  u32(central ? CENTRAL_HEADER : LOCAL_HEADER);
  if (central) {
    u16(VERSION); // made by: MS-DOS attributes
  }
  u16(VERSION);
  u16(entry.flags);
  u16(entry.method);
  u16(DOS_TIME);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.body.length);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra field
  if (central) {
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(entry.offset);
  }
  return p;
}

/**
 * The ZIP of the parts in their given order (a .docx wants [Content_Types].xml first, and the docx library's
 * compiler gives it first). Each part is deflated by the host, or stored when deflating does not make it smaller.
 * Throws for what plain ZIP cannot hold (more than 65,535 parts, or 4 GB).
 */
export function zipParts(parts: Iterable<readonly [string, Uint8Array]>, deflater: RawDeflater): Uint8Array {
  const entries: Entry[] = [];
  let offset = 0;
  let centralSize = 0;
  for (const [path, data] of parts) {
    const name = encoder.encode(path);
    const deflated = deflater.deflateRaw(data);
    const stored = deflated.length >= data.length;
    const entry: Entry = {
      name,
      // eslint-disable-next-line no-control-regex -- a name of ASCII only needs no UTF-8 flag
      flags: /^[\u0000-\u007f]*$/u.test(path) ? 0 : UTF8_NAME,
      method: stored ? STORED : DEFLATED,
      crc: deflater.crc32(data) >>> 0,
      size: data.length,
      body: stored ? data : deflated,
      offset,
    };
    if (name.length > MAX_U16 || entry.size > MAX_U32 || entry.body.length > MAX_U32) {
      throw new RangeError(`zip: part too large for plain ZIP: ${path}`);
    }
    entries.push(entry);
    offset += LOCAL_SIZE + name.length + entry.body.length;
    centralSize += CENTRAL_SIZE + name.length;
  }
  if (entries.length > MAX_U16 || offset + centralSize > MAX_U32) {
    throw new RangeError('zip: too many or too large parts for plain ZIP');
  }
  const out = new Uint8Array(offset + centralSize + END_SIZE);
  const view = new DataView(out.buffer);
  let p = 0;
  for (const entry of entries) {
    p = header(view, p, entry, false);
    out.set(entry.name, p);
    out.set(entry.body, p + entry.name.length);
    p += entry.name.length + entry.body.length;
  }
  const centralStart = p;
  for (const entry of entries) {
    p = header(view, p, entry, true);
    out.set(entry.name, p);
    p += entry.name.length;
  }
  view.setUint32(p, END_OF_DIRECTORY, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}
