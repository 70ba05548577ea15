/**
 * Opening a Word package with caps: entry count and total uncompressed size are checked from the
 * zip directory, then again while each part is inflated (a lying directory cannot bypass them).
 */
import JSZip from 'jszip';
import { appError, err, ok, type Result } from '../../base/result';
import type { ElementBudget } from './xml-scan';
import { readZipDirectory } from './zip-directory';

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

type Streamable = {
  internalStream(type: 'uint8array'): {
    on(event: 'data', cb: (chunk: Uint8Array) => void): unknown;
    on(event: 'end', cb: () => void): unknown;
    on(event: 'error', cb: (e: unknown) => void): unknown;
    pause(): unknown;
    resume(): unknown;
  };
};

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
  const claimed = directory.value.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (claimed > limits.maxTotalBytes) {
    return tooLarge(limits);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return err(appError('docx/malformed', 'Tệp Word bị hỏng: không giải nén được.'));
  }
  if (Object.keys(zip.files).length > limits.maxEntries) {
    return err(appError('docx/too-large', `Tệp Word có quá nhiều phần; chỉ đọc tệp đến ${limits.maxEntries} phần.`));
  }
  let budget = limits.maxTotalBytes;
  const byLowerName = new Map(Object.keys(zip.files).map((n) => [n.toLowerCase(), n]));
  const readText = async (path: string): Promise<Result<string | null>> => {
    const name = byLowerName.get(path.replace(/^\//, '').toLowerCase());
    const file = name === undefined ? null : zip.files[name];
    if (!file || file.dir) {
      return ok(null);
    }
    const partCap = Math.min(budget, limits.maxPartBytes ?? budget);
    const inflated = await inflateCapped(file as unknown as Streamable, partCap);
    if (inflated === 'too-large') {
      const partTooLarge = partCap < budget;
      budget = 0;
      return partTooLarge ? err(appError('docx/too-large', `Phần ${path} của tệp Word quá lớn để đọc (vượt ${Math.round(partCap / 1024 / 1024)} MB).`)) : tooLarge(limits);
    }
    if (inflated === 'error') {
      return err(appError('docx/malformed', `Tệp Word bị hỏng: không giải nén được phần ${path}.`));
    }
    budget -= inflated.length;
    return ok(decoder.decode(inflated).replace(/^\uFEFF/, ''));
  };
  const caps = elementBudget(limits);
  return ok({ names: Object.keys(zip.files), readText, budget: { ...caps }, caps });
}

/** Inflates one entry, stopping as soon as it passes the remaining budget. */
function inflateCapped(file: Streamable, budget: number): Promise<Uint8Array | 'too-large' | 'error'> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const finish = (value: Uint8Array | 'too-large' | 'error'): void => {
      if (!done) {
        done = true;
        resolve(value);
      }
    };
    let stream: ReturnType<Streamable['internalStream']>;
    try {
      stream = file.internalStream('uint8array');
    } catch {
      finish('error');
      return;
    }
    stream.on('data', (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > budget) {
        stream.pause();
        finish('too-large');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => finish('error'));
    stream.on('end', () => finish(concat(chunks, total)));
    stream.resume();
  });
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
