/**
 * The zip central directory read by hand, before anything is inflated: entry names and the sizes
 * they claim, so that zip bombs and archives with too many entries are refused up front.
 */
import { appError, err, ok, type Result } from '../../base/result';

/** One central-directory entry. */
export type ZipEntryInfo = {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
};

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

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
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: String.fromCharCode(...nameBytes),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
    });
    p += 46 + nameLength + extra + comment;
  }
  return ok(entries);
}
