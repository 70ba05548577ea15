/**
 * Shell test helpers: temp folders, a small plan, fake dialogs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyPlan, numbered, paragraph } from '../../core/model/builders';
import type { PlanDocument } from '../../core/model/plan-document';
import type { Dialogs, SaveDialogRequest, SaveTarget } from '../../electron/services/host/dialogs';

/** A fresh temp folder and its cleanup. */
export async function tempDir(prefix = 'kehoach-shell-'): Promise<{ readonly dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A small plan whose summary names it. */
export function samplePlan(summary = 'Triển khai chuyển đổi số năm 2026'): PlanDocument {
  const plan = emptyPlan('ke-hoach');
  return {
    ...plan,
    header: { ...plan.header, summary, agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', symbol: 'KH-UBND' },
    body: [numbered({ level: 'section', text: 'MỤC ĐÍCH, YÊU CẦU', id: 's1', children: [paragraph('Nâng cao hiệu quả.', { id: 'p1' })] })],
  };
}

/** Dialogs that answer from queues and record what they were asked. */
export class FakeDialogs implements Dialogs {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (SaveTarget | null)[] = [];
  readonly saveRequests: SaveDialogRequest[] = [];

  async showOpen(): Promise<string | null> {
    return this.openAnswers.shift() ?? null;
  }

  async showSave(request: SaveDialogRequest): Promise<SaveTarget | null> {
    this.saveRequests.push(request);
    return this.saveAnswers.shift() ?? null;
  }
}
