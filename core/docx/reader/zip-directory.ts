/**
 * The zip central directory read by hand, before anything is inflated: entry names, the sizes they
 * claim and where their data starts, so that zip bombs and archives with too many entries are refused
 * up front and each part can be inflated on its own (core/docx/reader/unzip.ts).
 */
import { appError, err, ok, type Result } from '../../base/result';

/** One central-directory entry. */
export type ZipEntryInfo = {
  readonly name: string;
  /** 0 stored, 8 deflated (the only methods a .docx uses). */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts. */
  readonly localHeaderOffset: number;
};

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;

type Decoder = { decode(bytes: Uint8Array): string };
// core has no DOM or node types: reach the TextDecoder that both runtimes provide.
const utf8 = new (globalThis as unknown as { TextDecoder: new (label: string) => Decoder }).TextDecoder('utf-8');

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // The EOCD record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i -= 1) {
    if (u32(bytes, i) === EOCD_SIG) {
      return i;
    }
  }
  return -1;
}

function nameOf(bytes: Uint8Array, flags: number): string {
  if ((flags & UTF8_NAME) !== 0) {
    return utf8.decode(bytes);
  }
  let name = '';
  for (const byte of bytes) {
    name += String.fromCharCode(byte);
  }
  return name;
}

/** Lists the entries of a zip, or a docx/malformed error when the directory cannot be read. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Result<ZipEntryInfo[]> {
  const bad = err(appError('docx/malformed', 'Tệp Word bị hỏng: không đọc được mục lục của gói nén.'));
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) {
    return bad;
  }
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    return err(appError('docx/unsupported', 'Tệp Word dùng định dạng ZIP64 (quá lớn), không được hỗ trợ.'));
  }
  if (count > maxEntries) {
    return err(appError('docx/too-large', `Tệp Word có quá nhiều phần (${count}); chỉ đọc tệp đến ${maxEntries} phần.`));
  }
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  for (let k = 0; k < count; k += 1) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CDH_SIG) {
      return bad;
    }
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    if (p + 46 + nameLength > bytes.length) {
      return bad;
    }
    entries.push({
      name: nameOf(bytes.subarray(p + 46, p + 46 + nameLength), u16(bytes, p + 8)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + extra + comment;
  }
  return ok(entries);
}

/**
 * The compressed bytes of an entry (a view, not a copy): after its local header, of the size the
 * central directory gives. null when the local header is missing or the data runs past the end.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LFH_SIG) {
    return null;
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}
