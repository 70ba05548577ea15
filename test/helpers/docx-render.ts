/**
 * Test helper: LibreOffice → PDF → pdftotext per page, and python-docx (Debian's, via /usr/bin/python3)
 * reading an exported file back. Each render uses a private LibreOffice profile directory.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const PYTHON = '/usr/bin/python3';

function runs(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether LibreOffice and poppler-utils are installed (CI installs both); soffice is not started here. */
export const hasSoffice = onPath('soffice') && onPath('pdftotext') && onPath('pdfinfo');

/** Whether Debian's python3-docx is installed (CI installs it). */
export const hasPythonDocx = runs(PYTHON, ['-c', 'import docx']);

/** A fresh temporary directory. */
export function tempDir(prefix = 'kehoach-docx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the bytes as `<dir>/<name>.docx` and returns the path. */
export function saveDocx(bytes: Uint8Array, dir: string, name: string): string {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  return path;
}

/** A rendered PDF: its pages' text (pdftotext -layout, one entry per page). */
export type RenderedPdf = {
  readonly path: string;
  readonly pages: readonly string[];
};

const LIGATURES: Readonly<Record<string, string>> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl' };

function pdfPages(path: string): string[] {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  const count = Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? '0');
  const pages: string[] = [];
  for (let page = 1; page <= count; page += 1) {
    const text = spawnSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
    pages.push(text.stdout.replace(/[\uFB00-\uFB04]/gu, (ch) => LIGATURES[ch] ?? ch).normalize('NFC'));
  }
  return pages;
}

/** Converts .docx files to PDF with one LibreOffice run (private profile) and extracts each page's text. */
export function renderPdfs(docxPaths: readonly string[]): RenderedPdf[] {
  const dir = tempDir('kehoach-pdf-');
  const profile = `file://${join(dir, 'profile')}`;
  const convert = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxPaths], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (convert.status !== 0) {
    throw new Error(`soffice failed: ${convert.stderr}`);
  }
  return docxPaths.map((docxPath) => {
    const path = join(dir, docxPath.replace(/^.*\//u, '').replace(/\.docx$/u, '.pdf'));
    return { path, pages: pdfPages(path) };
  });
}

/** Converts one .docx to PDF with LibreOffice and extracts each page's text. */
export function renderPdf(docxPath: string): RenderedPdf {
  const [pdf] = renderPdfs([docxPath]);
  if (!pdf) {
    throw new Error('soffice produced nothing');
  }
  return pdf;
}

/** Each page's size in points as pdfinfo reports it (landscape pages are wider than high). */
export function pageSizes(pdfPath: string): { readonly width: number; readonly height: number }[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdfPath], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gmu)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Renders the PDF's pages to PNG (pdftoppm) for looking at; returns the file prefix. */
export function renderPng(pdfPath: string, resolution = 60): string {
  const prefix = pdfPath.replace(/\.pdf$/u, '');
  spawnSync('pdftoppm', ['-png', '-r', String(resolution), pdfPath, prefix]);
  return prefix;
}

/** What python-docx reads back from one paragraph. */
export type InspectedParagraph = {
  readonly where: string;
  readonly text: string;
  readonly style: string | null;
  readonly align: string | null;
  readonly firstLine: number | null;
  readonly after: number | null;
  readonly line: number | null;
  readonly keepNext: boolean;
  readonly runs: readonly {
    readonly text: string;
    readonly bold: boolean | null;
    readonly italic: boolean | null;
    readonly size: number | null;
    readonly fonts: Readonly<Record<string, string | null>> | null;
  }[];
};

/** What python-docx reads back from a whole file. */
export type InspectedDocx = {
  /** w:rFonts of each paragraph style in use (null when the style sets none). */
  readonly styleFonts: Readonly<Record<string, Readonly<Record<string, string | null>> | null>>;
  readonly page: Readonly<Record<string, number | string | boolean | null>>;
  readonly defaults: { readonly fonts: Readonly<Record<string, string | null>> | null; readonly lang: string | null };
  readonly headers: { readonly defaultText: string; readonly defaultHasPage: boolean; readonly defaultAlign: string | null; readonly defaultSize: number | null; readonly firstText: string; readonly firstHasPage: boolean };
  readonly tables: readonly { readonly layout: string | null; readonly borders: readonly string[]; readonly grid: readonly number[]; readonly cantSplit: readonly boolean[] }[];
  /** Each table's cell texts, row by row, as python-docx's row.cells gives them (a merged cell repeats its text). */
  readonly tableTexts: readonly (readonly (readonly string[])[])[];
  /** Each table's rows: whether the row repeats as a header row (w:tblHeader). */
  readonly tableHeaders: readonly (readonly boolean[])[];
  readonly sections: readonly InspectedSection[];
  readonly paragraphs: readonly InspectedParagraph[];
};

/** What python-docx reads back from one section (w:sectPr). */
export type InspectedSection = {
  readonly orientation: string;
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** w:pgNumType w:start, or null when numbering continues. */
  readonly start: number | null;
  readonly titlePg: boolean;
  /** The section's own default header holds a PAGE field. */
  readonly headerHasPage: boolean;
  /** The first-page header's text, or true when it is linked to the previous section's. */
  readonly firstHeaderText: string | true;
};

/** Reads a .docx with python-docx and returns its page, fonts, headers, tables and paragraphs. */
export function inspectDocx(path: string): InspectedDocx {
  const script = readFileSync(join(__dirname, 'docx-inspect.py'), 'utf8');
  const result = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`python-docx failed: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as InspectedDocx;
}

/** Lower-case words of a text, without surrounding punctuation. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The words of `source` that do not occur in the PDF's text (spaces and line breaks ignored). */
export function missingWords(source: readonly string[], pdf: RenderedPdf): string[] {
  const flat = pdf.pages.join('').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, '');
  return [...new Set(source.flatMap(words))].filter((word) => !flat.includes(word));
}
