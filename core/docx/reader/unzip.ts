/**
 * Opening a Word package with caps: entry count and total uncompressed size are checked from the
 * zip directory, then again while each part is inflated (a lying directory cannot bypass them).
 * The directory is read by hand (zip-directory.ts); a part is inflated only when it is asked for,
 * with fflate's streaming inflater fed in pieces small enough that one piece cannot overshoot the cap
 * by more than the cap itself, and stopped at the first piece that passes it.
 */
import type * as Fflate from 'fflate';
import { appError, err, ok, type Result } from '../../base/result';
import type { ElementBudget } from './xml-scan';
import { entryData, readZipDirectory, type ZipEntryInfo } from './zip-directory';

/** Caps on what a package may make us read. */
export type ReaderLimits = {
  readonly maxEntries: number;
  /** Total bytes inflated over all parts read, and the total the directory may claim. */
  readonly maxTotalBytes: number;
  /** Largest single XML part read into memory (its tree takes several times its size). */
  readonly maxPartBytes?: number;
  /** Largest .docx accepted at all (a plan with pictures is a few MB). */
  readonly maxInputBytes?: number;
  /** XML elements over all parts read (tiny elements compress so well that byte caps do not bound them). */
  readonly maxElements?: number;
  /** Paragraphs (w:p) over all parts read. */
  readonly maxParagraphs?: number;
  /** Runs (w:r) over all parts read. */
  readonly maxRuns?: number;
  /** Table cells (w:tc) over all parts read. */
  readonly maxCells?: number;
};

/**
 * Default caps: a real plan has ~20 parts and under 1 MB of XML per 100 pages; 32 MB is ~5,000 pages.
 * Element caps: a 100-page plan has ~3,000 paragraphs and ~120,000 XML elements; the largest real document of
 * the corpus (a 40-page report) has 936 paragraphs, 4,058 runs, 702 table cells and 37,641 elements. The caps
 * are 25–100 times that, and small enough that reading up to them stays within ~1 s and a few hundred MB
 * (an element of the tree costs ~250 bytes).
 */
export const DEFAULT_LIMITS: ReaderLimits = {
  maxEntries: 2000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxPartBytes: 32 * 1024 * 1024,
  maxInputBytes: 100 * 1024 * 1024,
  maxElements: 1_000_000,
  maxParagraphs: 50_000,
  maxRuns: 200_000,
  maxCells: 50_000,
};

/** The element budget of one package under these limits (the defaults for caps the limits leave out). */
export function elementBudget(limits: ReaderLimits): ElementBudget {
  const pick = (own: number | undefined, fallback: number | undefined): number => own ?? fallback ?? Number.POSITIVE_INFINITY;
  return {
    elements: pick(limits.maxElements, DEFAULT_LIMITS.maxElements),
    paragraphs: pick(limits.maxParagraphs, DEFAULT_LIMITS.maxParagraphs),
    runs: pick(limits.maxRuns, DEFAULT_LIMITS.maxRuns),
    cells: pick(limits.maxCells, DEFAULT_LIMITS.maxCells),
  };
}

/** An opened package: its part names and a reader of UTF-8 parts that counts every byte. */
export type DocxPackage = {
  readonly names: readonly string[];
  /** A part as text; null when the part does not exist. */
  readonly readText: (path: string) => Promise<Result<string | null>>;
  /** What the parts read so far have left of the element caps (decremented by the XML scanner). */
  readonly budget: ElementBudget;
  /** The caps the budget started from (for messages). */
  readonly caps: Readonly<ElementBudget>;
};

type Decoder = { decode(bytes: Uint8Array): string };
// core has no DOM or node types: reach the TextDecoder that both runtimes provide.
const decoder = new (globalThis as unknown as { TextDecoder: new (label: string) => Decoder }).TextDecoder('utf-8');

/** Deflate cannot expand one input byte into more than 1,032 output bytes (RFC 1951 longest match per bits). */
const MAX_DEFLATE_RATIO = 1032;
/** Smallest piece of compressed data fed to the inflater at once. */
const MIN_PIECE = 16 * 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * A host's own inflater of raw deflate data (Node's zlib in the command): the bytes, or a throw when the
 * output would pass `maxOutput` bytes or the data is bad. Native code inflates corpus 105's 690 KB of XML
 * in ~1 ms where fflate, in a fresh process that has not optimized it yet, takes ~14 ms.
 */
export type RawInflater = (data: Uint8Array, maxOutput: number) => Uint8Array;

let hostInflater: RawInflater | null = null;

/**
 * Lets the common case (inflateClaimed) use the host's inflater; null puts fflate back. Whatever it
 * returns is held to the same claim, and whatever it refuses goes through the capped path as before.
 */
export function useRawInflater(inflater: RawInflater | null): void {
  hostInflater = inflater;
}

let fflate: typeof Fflate | null = null;

/**
 * fflate, loaded at the first part the host's inflater does not take: with Node's zlib the command never
 * builds fflate's tables (~6 ms at the start of a fresh process) for a sound package.
 */
async function loadFflate(): Promise<typeof Fflate> {
  fflate ??= await import('fflate');
  return fflate;
}

/** inflateEntry could not finish without fflate. */
const NEEDS_FFLATE = 'needs-fflate';

function tooLarge(limits: ReaderLimits): Result<never> {
  const mb = Math.round(limits.maxTotalBytes / 1024 / 1024);
  return err(appError('docx/too-large', `Tệp Word giải nén ra quá lớn (vượt ${mb} MB); có thể là tệp độc hại (zip bomb).`));
}

/** Opens the zip; fails with a Vietnamese AppError for too many entries, a bomb, or a broken zip. */
export async function openPackage(bytes: Uint8Array, limits: ReaderLimits = DEFAULT_LIMITS): Promise<Result<DocxPackage>> {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    return directory;
  }
  const entries = directory.value;
  const claimed = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (claimed > limits.maxTotalBytes) {
    return tooLarge(limits);
  }
  let budget = limits.maxTotalBytes;
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const readText = async (path: string): Promise<Result<string | null>> => {
    const entry = byLowerName.get(path.replace(/^\//, '').toLowerCase());
    if (entry === undefined || entry.name.endsWith('/')) {
      return ok(null);
    }
    const partCap = Math.min(budget, limits.maxPartBytes ?? budget);
    let inflated = inflateEntry(bytes, entry, partCap, fflate);
    if (inflated === NEEDS_FFLATE) {
      inflated = inflateEntry(bytes, entry, partCap, await loadFflate());
    }
    if (inflated === 'too-large') {
      const partTooLarge = partCap < budget;
      budget = 0;
      return partTooLarge ? err(appError('docx/too-large', `Phần ${path} của tệp Word quá lớn để đọc (vượt ${Math.round(partCap / 1024 / 1024)} MB).`)) : tooLarge(limits);
    }
    if (inflated === 'error' || inflated === NEEDS_FFLATE) {
      return err(appError('docx/malformed', `Tệp Word bị hỏng: không giải nén được phần ${path}.`));
    }
    budget -= inflated.length;
    return ok(decoder.decode(inflated).replace(/^\uFEFF/, ''));
  };
  const caps = elementBudget(limits);
  return ok({ names: entries.map((e) => e.name), readText, budget: { ...caps }, caps });
}

/**
 * One entry's bytes, stopping as soon as they pass `cap` (whatever the directory claims); NEEDS_FFLATE
 * when `lib` is null and the host's inflater did not do it.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo, cap: number, lib: typeof Fflate | null): Uint8Array | 'too-large' | 'error' | typeof NEEDS_FFLATE {
  const data = entryData(bytes, entry);
  if (data === null) {
    return 'error';
  }
  if (entry.method === STORED) {
    return data.length > cap ? 'too-large' : data;
  }
  if (entry.method !== DEFLATED) {
    return 'error';
  }
  const whole = inflateClaimed(data, entry.uncompressedSize, cap, lib);
  if (whole !== null) {
    return whole;
  }
  return lib === null ? NEEDS_FFLATE : inflateCapped(data, cap, lib);
}

/**
 * The common case in one step: the part inflated straight into a buffer of the size the directory
 * claims (one allocation, no copies). Taken only when the claim is within the cap and the compressed
 * data is small enough that inflating it whole costs little even if the claim is a lie (at most four
 * times the cap of output, which fflate drops past the buffer's end). null when the part does not fit
 * the claim or does not inflate: the capped path then reads it again and says why.
 */
function inflateClaimed(data: Uint8Array, claimed: number, cap: number, lib: typeof Fflate | null): Uint8Array | null {
  if (claimed > cap || data.length > (4 * cap) / MAX_DEFLATE_RATIO || (hostInflater === null && lib === null)) {
    return null;
  }
  try {
    // One byte more than claimed: a part that fills it is larger than its directory says.
    const out = hostInflater ? hostInflater(data, claimed + 1) : (lib as typeof Fflate).inflateSync(data, { out: new Uint8Array(claimed + 1) });
    return out.length <= claimed ? out : null;
  } catch {
    return null;
  }
}

/**
 * Inflates raw deflate data in pieces of at most cap / 1,032 bytes (so one piece yields at most about
 * `cap` bytes), and gives up after the first piece that takes the output past `cap`.
 */
function inflateCapped(data: Uint8Array, cap: number, lib: typeof Fflate): Uint8Array | 'too-large' | 'error' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new lib.Inflate((chunk) => {
    total += chunk.length;
    if (total <= cap) {
      chunks.push(chunk);
    }
  });
  const piece = Math.max(MIN_PIECE, Math.floor(cap / MAX_DEFLATE_RATIO));
  try {
    for (let at = 0; ; at += piece) {
      const end = Math.min(data.length, at + piece);
      inflater.push(data.subarray(at, end), end === data.length);
      if (total > cap) {
        return 'too-large';
      }
      if (end === data.length) {
        break;
      }
    }
  } catch {
    return 'error';
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
