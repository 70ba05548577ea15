import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan, serializePlan } from '../../../core/model/serialize';
import type { PlanDocument } from '../../../core/model/plan-document';
import { runCli } from '../../helpers/cli-run';
import { templateJson, templatePlan } from '../../helpers/templates-builders';

const plan: PlanDocument = await templatePlan('ke-hoach-trien-khai');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kehoach usage', () => {
  it('prints the usage on stdout for --help and exits 0', async () => {
    const run = await runCli(['--help'], dir);
    expect([run.code, run.out.split('\n')[0], run.err]).toEqual([0, 'Cách dùng: kehoach <lệnh> [tùy chọn]', '']);
  });

  it('prints the usage on stderr and exits 2 with no verb', async () => {
    const run = await runCli([], dir);
    expect([run.code, run.out, run.err.startsWith('Cách dùng:')]).toEqual([2, '', true]);
  });

  it('names an unknown verb and exits 2', async () => {
    const run = await runCli(['kiemtra', 'a.txt'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: không có lệnh "kiemtra".']);
  });

  it('names an unknown option, shows the verb usage and exits 2', async () => {
    const run = await runCli(['check', '--bogus', 'a.txt'], dir);
    expect([run.code, run.err.split('\n')[0], run.err.includes('Cách dùng: kehoach check')]).toEqual([
      2,
      'kehoach: tùy chọn không hợp lệ "--bogus".',
      true,
    ]);
  });

  it('names every option serve accepts, in the general usage and in serve --help', async () => {
    const general = await runCli(['--help'], dir);
    const serve = await runCli(['serve', '--help'], dir);
    const named = (text: string): string[] => ['--port', '--no-open', '--data-dir'].filter((option) => text.includes(option));
    expect([serve.code, named(general.out), named(serve.out)]).toEqual([0, ['--port', '--no-open', '--data-dir'], ['--port', '--no-open', '--data-dir']]);
  });

  it('prints a verb help on stdout', async () => {
    const run = await runCli(['export', '--help'], dir);
    expect([run.code, run.out.split('\n')[0]]).toEqual([0, 'Cách dùng: kehoach export <tệp> -o <tệp.docx> [--force]']);
  });
});

describe('kehoach templates', () => {
  it('lists one line per template: id then name', async () => {
    const run = await runCli(['templates'], dir);
    const rows = run.out.trimEnd().split('\n').map((l) => l.split(/\s{2,}/));
    expect([run.code, rows]).toEqual([
      0,
      [
        ['ke-hoach-trien-khai', 'Kế hoạch triển khai văn bản cấp trên'],
        ['ke-hoach-chien-luoc', 'Kế hoạch thực hiện chiến lược, chương trình'],
        ['ke-hoach-nam', 'Kế hoạch công tác năm'],
        ['cong-van', 'Công văn gửi kèm Kế hoạch'],
      ],
    ]);
  });
});

describe('kehoach templates with KEHOACH_TEMPLATES_DIR', () => {
  it('lists the good templates and names each broken one on stderr', async () => {
    const root = join(dir, 'mau');
    await mkdir(join(root, 'mau-thu'), { recursive: true });
    await mkdir(join(root, 'hong'), { recursive: true });
    await writeFile(join(root, 'mau-thu', 'template.json'), JSON.stringify(templateJson()));
    await writeFile(join(root, 'hong', 'template.json'), '{');
    process.env['KEHOACH_TEMPLATES_DIR'] = root;
    try {
      const run = await runCli(['templates'], dir);
      expect([run.code, run.out, run.err]).toEqual([
        0,
        'mau-thu  Mẫu thử\n',
        'kehoach: bỏ qua mẫu lỗi. Mẫu "hong": template.json không phải JSON hợp lệ.\n',
      ]);
    } finally {
      delete process.env['KEHOACH_TEMPLATES_DIR'];
    }
  });
});

describe('kehoach new', () => {
  it('writes a plan from the template with the agency on two lines and the place', async () => {
    const run = await runCli(['new', '--template', 'ke-hoach-nam', '-o', 'kh.kehoach', '--agency', 'Ủy ban nhân dân tỉnh Bắc Giang', '--place', 'Bắc Giang'], dir);
    const saved = parsePlan(await readFile(join(dir, 'kh.kehoach'), 'utf8'));
    const header = saved.ok ? saved.value.header : null;
    expect([run.code, header?.agency, header?.place, saved.ok && saved.value.meta.templateId]).toEqual([
      0,
      'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      'Bắc Giang',
      'ke-hoach-nam',
    ]);
  });

  it('fills the date, the signer block chosen by title and the archive line', async () => {
    const run = await runCli(
      ['new', '--template', 'ke-hoach-trien-khai', '-o', 'kh.kehoach', '--date', '5/3/2026', '--summary', 'Triển khai Chỉ thị số 25/CT-TTg', '--signer', 'Trần Văn B', '--signer-title', 'Phó Chủ tịch', '--archive-code', 'KGVX'],
      dir,
    );
    const saved = parsePlan(await readFile(join(dir, 'kh.kehoach'), 'utf8'));
    const doc = saved.ok ? saved.value : null;
    expect([run.code, doc?.header.date, doc?.header.summary, doc?.signature, doc?.recipients?.items.at(-1)?.text]).toEqual([
      0,
      { day: 5, month: 3, year: 2026 },
      'Triển khai Chỉ thị số 25/CT-TTg',
      { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Trần Văn B' },
      'Lưu: VT, KGVX',
    ]);
  });

  it('refuses a date that does not exist', async () => {
    const run = await runCli(['new', '--template', 'ke-hoach-nam', '-o', 'kh.kehoach', '--date', '30/2/2026'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: ngày "30/2/2026" không hợp lệ; ghi dạng ngày/tháng/năm, ví dụ 15/3/2026.']);
  });

  it('refuses to overwrite an existing file without --force and leaves it untouched', async () => {
    await writeFile(join(dir, 'kh.kehoach'), 'bản cũ');
    const refused = await runCli(['new', '--template', 'cong-van', '-o', 'kh.kehoach'], dir);
    const kept = await readFile(join(dir, 'kh.kehoach'), 'utf8');
    const forced = await runCli(['new', '--template', 'cong-van', '-o', 'kh.kehoach', '--force'], dir);
    const replaced = parsePlan(await readFile(join(dir, 'kh.kehoach'), 'utf8'));
    expect([refused.code, refused.err, kept, forced.code, replaced.ok && replaced.value.kind]).toEqual([
      2,
      'kehoach: Tệp "kh.kehoach" đã có; thêm --force để ghi đè.\n',
      'bản cũ',
      0,
      'cong-van',
    ]);
  });

  it('exits 2 with the known ids for an unknown template', async () => {
    const run = await runCli(['new', '--template', 'khong-co', '-o', 'kh.kehoach'], dir);
    expect([run.code, run.err.startsWith('kehoach: Không có mẫu "khong-co". Các mẫu hiện có: ke-hoach-trien-khai, ke-hoach-chien-luoc')]).toEqual([2, true]);
  });

  it('exits 2 when the output is missing', async () => {
    const run = await runCli(['new', '--template', 'cong-van'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: thiếu -o <tệp.kehoach>.']);
  });

  it('exits 2 when the output folder does not exist', async () => {
    const run = await runCli(['new', '--template', 'cong-van', '-o', 'khong/co/kh.kehoach'], dir);
    expect([run.code, run.err]).toEqual([2, 'kehoach: Không có thư mục "khong/co" để ghi "kh.kehoach".\n']);
  });
});

describe('kehoach check: unreadable input', () => {
  it('gives one Vietnamese line per unreadable file, in the order named, and exits 2', async () => {
    await writeFile(join(dir, 'trong.txt'), '');
    await writeFile(join(dir, 'tcvn3.txt'), Buffer.from([0x4b, 0xb8, 0x20, 0x68, 0xae, 0xe9, 0x63, 0xff]));
    await writeFile(join(dir, 'cu.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await mkdir(join(dir, 'thu-muc'));
    const run = await runCli(['check', 'khong-co.txt', 'trong.txt', 'tcvn3.txt', 'cu.doc', 'thu-muc'], dir);
    expect([run.code, run.out, run.err.trimEnd().split('\n')]).toEqual([
      2,
      'Tổng hợp: 5 tệp; 0 có lỗi, 0 chỉ có cảnh báo hoặc gợi ý, 0 không có phát hiện nào, 5 không đọc được.\n',
      [
        `kehoach: Không tìm thấy tệp "${join(dir, 'khong-co.txt')}".`,
        'kehoach: Tệp "trong.txt" trống.',
        'kehoach: Tệp "tcvn3.txt" không phải văn bản UTF-8 (có thể là mã TCVN3 hoặc VNI); hãy lưu lại với bảng mã Unicode UTF-8.',
        'kehoach: Tệp "cu.doc" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.',
        'kehoach: Thư mục "thu-muc" không có tệp .docx, .txt hay .kehoach nào.',
      ],
    ]);
  });

  it('exits 2 for an unknown profile', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach', '--profile', 'khong-co'], dir);
    expect([run.code, run.err.startsWith('kehoach: Không có mẫu "khong-co".')]).toEqual([2, true]);
  });

  it('exits 2 for an unknown report format', async () => {
    const run = await runCli(['check', 'kh.kehoach', '--format', 'pdf'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: định dạng báo cáo chỉ là text, json, csv, html hoặc docx.']);
  });
});

describe('kehoach check', () => {
  it('reports a template plan with no error as JSON in the contract shape and exits 0', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach', '--json'], dir);
    const json = JSON.parse(run.out) as { file: string; documents: { kind: string; profile: string; findings: { severity: string }[] }[] };
    const doc = json.documents[0];
    expect([run.code, json.file, json.documents.length, doc?.kind, doc?.profile, doc?.findings.filter((f) => f.severity === 'error')]).toEqual([
      0,
      'kh.kehoach',
      1,
      'ke-hoach',
      'ke-hoach-trien-khai',
      [],
    ]);
  });

  it('exits 1 when a document has errors (a date that does not exist)', async () => {
    const broken: PlanDocument = { ...plan, header: { ...plan.header, date: { day: 31, month: 4, year: 2026 } } };
    await writeFile(join(dir, 'sai.kehoach'), serializePlan(broken));
    const run = await runCli(['check', 'sai.kehoach', '--json'], dir);
    const json = JSON.parse(run.out) as { documents: { findings: { rule: string; severity: string }[] }[] };
    const errors = json.documents[0]?.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect([run.code, errors]).toEqual([1, ['date.valid']]);
  });

  it('still reports the readable files when one is missing, gives the missing one its reason, and exits 2', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach', 'khong-co.kehoach', '--format', 'json'], dir);
    const json = JSON.parse(run.out) as { file: string; error?: string; documents: unknown[] }[];
    expect([run.code, json.map((f) => [f.file, f.error ?? null, f.documents.length]), run.err.split('\n').length]).toEqual([
      2,
      [
        ['kh.kehoach', null, 1],
        ['khong-co.kehoach', `Không tìm thấy tệp "${join(dir, 'khong-co.kehoach')}".`, 0],
      ],
      2,
    ]);
  });

  it('prints the readable report by default, with the profile and the counts', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach'], dir);
    const lines = run.out.split('\n');
    expect([run.code, lines[0], lines.some((l) => l.includes('Mẫu đối chiếu: Kế hoạch triển khai văn bản cấp trên')), lines.some((l) => /Tổng cộng: 0 lỗi/.test(l))]).toEqual([
      0,
      'Tệp: kh.kehoach',
      true,
      true,
    ]);
  });

  it('writes the printable check report as HTML with -o', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach', '--format', 'html', '-o', 'phieu.html'], dir);
    const html = await readFile(join(dir, 'phieu.html'), 'utf8');
    expect([run.code, run.out, html.startsWith('<!DOCTYPE html>'), html.includes('Phiếu kiểm tra thể thức')]).toEqual([0, '', true, true]);
  });

  it('writes the report to a file with -o', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const run = await runCli(['check', 'kh.kehoach', '--json', '-o', 'bao-cao.json'], dir);
    const json = JSON.parse(await readFile(join(dir, 'bao-cao.json'), 'utf8')) as { file: string };
    expect([run.code, run.out, json.file]).toEqual([0, '', 'kh.kehoach']);
  });
});

describe('kehoach export', () => {
  it('writes a .docx from a saved plan and never overwrites it without --force', async () => {
    await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
    const first = await runCli(['export', 'kh.kehoach', '-o', 'kh.docx'], dir);
    const bytes = await readFile(join(dir, 'kh.docx'));
    const second = await runCli(['export', 'kh.kehoach', '-o', 'kh.docx'], dir);
    expect([first.code, bytes[0], bytes[1], second.code, second.err]).toEqual([
      0,
      0x50,
      0x4b,
      2,
      'kehoach: Tệp "kh.docx" đã có; thêm --force để ghi đè.\n',
    ]);
  });

  it('refuses an output name that is not .docx', async () => {
    const run = await runCli(['export', 'kh.kehoach', '-o', 'kh.pdf'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: tệp xuất phải có đuôi .docx (đang là "kh.pdf").']);
  });
});

describe('kehoach import and export of text', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH BẮC GIANG',
    'Số: /UBND-VP',
    'V/v triển khai Kế hoạch văn hóa đối ngoại',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Bắc Giang, ngày 15 tháng 3 năm 2026',
    'Kính gửi: Các sở, ban, ngành tỉnh.',
    'Ủy ban nhân dân tỉnh gửi kèm Kế hoạch để các cơ quan triển khai thực hiện./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, VX.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
    'ỦY BAN NHÂN DÂN',
    'TỈNH BẮC GIANG',
    'Số: /KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Bắc Giang, ngày 15 tháng 3 năm 2026',
    'KẾ HOẠCH',
    'Triển khai công tác văn hóa đối ngoại năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    '- Quảng bá hình ảnh tỉnh.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các sở, ngành báo cáo kết quả trước ngày 15/12/2026./.',
    'Nơi nhận:',
    '- Các sở, ban, ngành tỉnh;',
    '- Lưu: VT, VX.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');

  it('exports the plan of a text holding a công văn and a plan, and says which', async () => {
    await writeFile(join(dir, 'hai-van-ban.txt'), text);
    const run = await runCli(['export', 'hai-van-ban.txt', '-o', 'kh.docx'], dir);
    expect([run.code, run.out.split('\n')[0]?.startsWith('Tệp có 2 văn bản (Công văn, Kế hoạch); dùng văn bản thứ 2: KẾ HOẠCH Triển khai')]).toEqual([0, true]);
  });

  it('reads text saved as UTF-16 with a byte-order mark (Notepad\'s "Unicode")', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await writeFile(join(dir, 'unicode.txt'), utf16);
    const run = await runCli(['import', 'unicode.txt', '-o', 'kh.kehoach'], dir);
    const saved = parsePlan(await readFile(join(dir, 'kh.kehoach'), 'utf8'));
    expect([run.code, run.err, saved.ok && saved.value.header.summary]).toEqual([0, '', 'Triển khai công tác văn hóa đối ngoại năm 2026']);
  });

  it('imports the plan of that text into a .kehoach file', async () => {
    await writeFile(join(dir, 'hai-van-ban.txt'), text);
    const run = await runCli(['import', 'hai-van-ban.txt', '-o', 'kh.kehoach'], dir);
    const saved = parsePlan(await readFile(join(dir, 'kh.kehoach'), 'utf8'));
    expect([run.code, saved.ok && saved.value.kind, saved.ok && saved.value.header.symbol]).toEqual([0, 'ke-hoach', 'KH-UBND']);
  });
});
