/**
 * The batch summary as CSV and HTML: quoting, the byte-order mark, formulas kept as text, Vietnamese
 * intact, and (where LibreOffice Calc is installed) the CSV as Calc reads it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsvSummary, formatHtmlSummary, totalsLine, unreadableRow, type SummaryRow } from '../../../core/report/index';
import { parseCsv } from './csv-parse';

const rows: SummaryRow[] = [
  {
    file: 'Kế hoạch, "năm" 2026.docx',
    kinds: ['cong-van', 'ke-hoach'],
    errors: 2,
    warnings: 1,
    infos: 0,
    first: [
      { severity: 'error', rule: 'date.valid', message: 'Ngày 31/4/2026 không có thật.' },
      { severity: 'error', rule: 'header.motto', message: 'Tiêu ngữ ghi "Độc lập – Tự do – Hạnh phúc", không đúng.' },
      { severity: 'warning', rule: 'body.basis', message: 'Căn cứ cuối cùng phải kết thúc bằng dấu chấm ".".' },
    ],
    reason: null,
    report: '001-ke-hoach.html',
  },
  { file: '=SUM(A1:A2).txt', kinds: ['ke-hoach'], errors: 0, warnings: 0, infos: 0, first: [], reason: null },
  unreadableRow('cũ <b>.docx', 'Tệp "cũ <b>.docx" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.'),
];

describe('csvField', () => {
  it('quotes a field with a comma, a quote, a semicolon or a line break, doubling the quotes', () => {
    expect(['a', 'a,b', 'nói "đúng"', 'x;y', 'một\nhai', 7].map(csvField)).toEqual(['a', '"a,b"', '"nói ""đúng"""', '"x;y"', '"một\nhai"', '7']);
  });

  it('keeps a text a spreadsheet would take for a formula as text, with a leading apostrophe', () => {
    expect(['=1+1', '+84 912', '-5', '@x', 'Số 5'].map(csvField)).toEqual(["'=1+1", "'+84 912", "'-5", "'@x", 'Số 5']);
  });
});

describe('formatCsvSummary', () => {
  it('starts with the UTF-8 byte-order mark, ends rows with CRLF, and reads back to the same cells', () => {
    const csv = formatCsvSummary(rows);
    const bytes = Buffer.from(csv, 'utf8');
    const cells = parseCsv(csv.slice(1));
    expect([[...bytes.subarray(0, 3)], csv.endsWith('\r\n'), cells]).toEqual([
      [0xef, 0xbb, 0xbf],
      true,
      [
        ['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Phát hiện đầu tiên', 'Không đọc được vì'],
        [
          'Kế hoạch, "năm" 2026.docx',
          'Công văn, Kế hoạch',
          '2',
          '1',
          '0',
          '[Lỗi] Ngày 31/4/2026 không có thật. (date.valid)\n[Lỗi] Tiêu ngữ ghi "Độc lập – Tự do – Hạnh phúc", không đúng. (header.motto)\n[Cảnh báo] Căn cứ cuối cùng phải kết thúc bằng dấu chấm ".". (body.basis)',
          '',
        ],
        ["'=SUM(A1:A2).txt", 'Kế hoạch', '0', '0', '0', '', ''],
        ['cũ <b>.docx', '', '', '', '', '', 'Tệp "cũ <b>.docx" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.'],
      ],
    ]);
  });

  it('keeps Vietnamese in NFC, as the rows had it', () => {
    const csv = formatCsvSummary(rows);
    expect([csv === csv.normalize('NFC'), csv.includes('Kế hoạch'.normalize('NFC'))]).toEqual([true, true]);
  });
});

describe('formatHtmlSummary', () => {
  it('escapes every text, links the rows that have a report, and gives the totals', () => {
    const html = formatHtmlSummary(rows, new Date(2026, 2, 15));
    expect([
      html.includes('<a href="001-ke-hoach.html">Kế hoạch, &quot;năm&quot; 2026.docx</a>'),
      html.includes('cũ &lt;b&gt;.docx'),
      html.includes('<b>'),
      html.includes('kiểm tra ngày 15/3/2026'),
      html.includes(totalsLine(rows)),
      (html.match(/<tr/g) ?? []).length,
    ]).toEqual([true, true, false, true, true, 4]);
  });
});

describe('totalsLine', () => {
  it('counts files with errors, with only warnings or hints, clean, and unreadable', () => {
    expect(totalsLine(rows)).toBe('Tổng hợp: 3 tệp; 1 có lỗi, 0 chỉ có cảnh báo hoặc gợi ý, 1 không có phát hiện nào, 1 không đọc được.');
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const CALC = existsSync('/usr/lib/libreoffice/program/libsclo.so');

describe.skipIf(!SOFFICE || !CALC)('the CSV in LibreOffice Calc', () => {
  it('opens with its columns, line breaks inside cells and Vietnamese intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-csv-calc-'));
    try {
      await writeFile(join(dir, 'tong-hop.csv'), formatCsvSummary(rows));
      // Comma-separated, double quotes, character set detected by Calc (0), from line 1; exported as an HTML table.
      await promisify(execFile)(
        SOFFICE as string,
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:44,34,0,1', '--convert-to', 'html', '--outdir', dir, join(dir, 'tong-hop.csv')],
        { timeout: 120_000 },
      );
      const html = await readFile(join(dir, 'tong-hop.html'), 'utf8');
      const table = [...html.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((tr) =>
        [...(tr[0].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g) ?? [])].map((td) =>
          (td[1] ?? '')
            .replace(/<br\/?>/g, '\n')
            .replace(/<[^>]+>/g, '')
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&')
            .trim(),
        ),
      );
      expect([table[0], table[1]?.slice(0, 5), table[1]?.[5]?.split('\n').length, table[2]?.[0], table[3]?.[6]]).toEqual([
        ['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Phát hiện đầu tiên', 'Không đọc được vì'],
        ['Kế hoạch, "năm" 2026.docx', 'Công văn, Kế hoạch', '2', '1', '0'],
        3,
        // Text, not a formula Calc would compute (Calc keeps the guarding apostrophe visible).
        "'=SUM(A1:A2).txt",
        'Tệp "cũ <b>.docx" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
