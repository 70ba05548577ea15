/**
 * "Kiểm tra bằng bản in": a .docx rendered by LibreOffice (headless, a private profile, a time limit), its pages
 * read back with poppler (pdftotext for the text, pdftoppm for small page images) and checked (page-checks.ts).
 * Without LibreOffice or poppler the answer says why the check was not run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice, onPath } from './find-soffice';
import type { RenderCheckResult } from '../../common/host-api';
import { checkPages } from './page-checks';

/** The result; images are one small PNG per page (60 dpi, data: URLs). */
export type RenderCheck = RenderCheckResult;

export type RenderOptions = {
  /** Where to look for programs (tests); defaults to the process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  /** Time limit of the conversion in ms. */
  readonly timeoutMs?: number;
};

/** Runs a program; resolves with its exit code (null when killed at the time limit) and stdout. */
function run(command: string, args: readonly string[], timeoutMs: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolvePromise({ code: -1, stdout });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout });
    });
  });
}

/** Renders and checks a .docx given as bytes. */
export async function renderCheck(bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderCheck> {
  const env = options.env ?? process.env;
  const soffice = findSoffice(env, options.platform ?? process.platform);
  if (!soffice) {
    return { ran: false, reason: 'Chưa kiểm tra bằng bản in: không tìm thấy LibreOffice (soffice) trên máy này. Cài LibreOffice rồi thử lại.' };
  }
  const pdftotext = onPath('pdftotext', env);
  const pdftoppm = onPath('pdftoppm', env);
  if (!pdftotext) {
    return { ran: false, reason: 'Chưa kiểm tra bằng bản in: có LibreOffice nhưng thiếu công cụ đọc PDF (pdftotext của poppler-utils).' };
  }
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-render-'));
  try {
    const input = join(dir, 'van-ban.docx');
    await writeFile(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const converted = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], options.timeoutMs ?? 120_000);
    const pdf = join(dir, 'van-ban.pdf');
    if (converted.code !== 0 || !(await readdir(dir)).includes('van-ban.pdf')) {
      return { ran: false, reason: 'Chưa kiểm tra bằng bản in: LibreOffice không chuyển được tệp sang PDF (tệp hỏng hoặc quá thời gian).' };
    }
    const text = await run(pdftotext, ['-layout', pdf, '-'], 60_000);
    // pdftotext ends each page with a form feed.
    const pages = text.stdout.split('\f').map((page) => page.normalize('NFC'));
    if (pages.length > 1 && pages[pages.length - 1]?.trim() === '') {
      pages.pop();
    }
    const images: string[] = [];
    if (pdftoppm) {
      await run(pdftoppm, ['-png', '-r', '60', pdf, join(dir, 'trang')], 120_000);
      const files = (await readdir(dir)).filter((name) => /^trang-\d+\.png$/u.test(name)).sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
      for (const file of files) {
        images.push(`data:image/png;base64,${(await readFile(join(dir, file))).toString('base64')}`);
      }
    }
    return { ran: true, pages: pages.length, findings: checkPages(pages), images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
