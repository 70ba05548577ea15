/**
 * `--force` replaces an existing output but never one of the verb's inputs (by path, symlink, hard link
 * or another spelling), nor a read-only file.
 */
import { chmod, link, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../../core/model/serialize';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { runCli } from '../../../helpers/cli-run';
import { templatePlan } from '../../../helpers/templates-builders';

const plan: PlanDocument = await templatePlan('ke-hoach-trien-khai');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-output-'));
  await writeFile(join(dir, 'a.kehoach'), serializePlan(plan));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('output files of the command', () => {
  it('refuses to write the output over the input, with --force, by any name of the same file', async () => {
    await symlink(join(dir, 'a.kehoach'), join(dir, 'lien-ket.txt'));
    await link(join(dir, 'a.kehoach'), join(dir, 'cung-tep.txt'));
    const before = await readFile(join(dir, 'a.kehoach'), 'utf8');
    const runs = [
      await runCli(['check', 'a.kehoach', '-o', 'a.kehoach', '--force'], dir),
      await runCli(['check', 'a.kehoach', '-o', './a.kehoach', '--force'], dir),
      await runCli(['check', 'a.kehoach', '-o', 'lien-ket.txt', '--force'], dir),
      await runCli(['check', 'lien-ket.txt', '-o', 'cung-tep.txt', '--force'], dir),
      await runCli(['import', 'a.kehoach', '-o', 'a.kehoach', '--force'], dir),
    ];
    expect({
      codes: runs.map((r) => r.code),
      told: runs.map((r) => r.err.includes('chính là tệp đầu vào')),
      unchanged: (await readFile(join(dir, 'a.kehoach'), 'utf8')) === before,
    }).toEqual({ codes: [2, 2, 2, 2, 2], told: [true, true, true, true, true], unchanged: true });
  });

  it('export a.docx -o a.docx --force leaves the input alone', async () => {
    const made = await runCli(['export', 'a.kehoach', '-o', 'a.docx'], dir);
    const docx = await readFile(join(dir, 'a.docx'));
    const again = await runCli(['export', 'a.docx', '-o', 'a.docx', '--force'], dir);
    expect({ made: made.code, again: again.code, told: again.err.includes('chính là tệp đầu vào'), same: docx.equals(await readFile(join(dir, 'a.docx'))) }).toEqual({
      made: 0,
      again: 2,
      told: true,
      same: true,
    });
  });

  it('--force still replaces an output that is not an input, but never a read-only one', async () => {
    await writeFile(join(dir, 'bao-cao.txt'), 'cũ');
    const replaced = await runCli(['check', 'a.kehoach', '-o', 'bao-cao.txt', '--force'], dir);
    await writeFile(join(dir, 'khoa.txt'), 'được bảo vệ');
    await chmod(join(dir, 'khoa.txt'), 0o444);
    const locked = await runCli(['check', 'a.kehoach', '-o', 'khoa.txt', '--force'], dir);
    expect({
      replaced: [replaced.code === 2, (await readFile(join(dir, 'bao-cao.txt'), 'utf8')) !== 'cũ'],
      locked: [locked.code, locked.err.includes('chỉ đọc'), await readFile(join(dir, 'khoa.txt'), 'utf8')],
    }).toEqual({ replaced: [false, true], locked: [2, true, 'được bảo vệ'] });
  });
});
