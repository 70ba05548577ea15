// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASTE_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/index';
import { computeLabels, displayLabel } from '../../../../../core/model/numbering';
import type { Block } from '../../../../../core/model/plan-document';
import { blockText, walkBlocks } from '../../../../../core/model/walk';
import { para } from '../../../../helpers/editor-bodies';
import { caretIn, lastBody, type Mounted, mountEditor, settled } from '../../../../helpers/editor-mount';

// The seeds are copied into test/fixtures/seeds; vitest runs from the repository root.
const SEEDS = join(process.cwd(), 'test', 'fixtures', 'seeds', '/');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Kind, level and depth of every block, with the start of its text. */
function shape(body: readonly Block[]): string[] {
  const out: string[] = [];
  walkBlocks(body, ({ block, depth }) => {
    const kind = block.kind === 'numbered' ? block.level : block.kind === 'bullet' ? block.marker : 'p';
    out.push(`${'  '.repeat(depth)}${kind} ${blockText(block).slice(0, 40)}`);
  });
  return out;
}

/** The body as the lines a drafter would copy: label or marker, then the text. */
function bodyLines(body: readonly Block[]): string {
  const labels = computeLabels(body);
  const lines: string[] = [];
  walkBlocks(body, ({ block }) => {
    const marker = block.kind === 'numbered' ? `${displayLabel(block, labels)} ` : block.kind === 'bullet' ? `${block.marker} ` : '';
    lines.push(marker + blockText(block));
  });
  return lines.join('\n');
}

describe('pasting real plans', () => {
  it.each(seeds)('builds the same tree as the text importer for the body of %s', async (file) => {
    const imported = importText(readFileSync(`${SEEDS}${file}`, 'utf8').replace(/\*\*/g, ''));
    const body = imported.ok ? (imported.value[0]?.body ?? []) : [];
    const empty = para('');
    const m = (mounted = mountEditor([empty]));
    await caretIn(m, empty.id);
    const event = { clipboardData: { getData: (type: string) => (type === 'text/plain' ? bodyLines(body) : '') }, preventDefault: () => undefined };
    await settled(() => m.editor.dispatchCommand(PASTE_COMMAND, event as unknown as ClipboardEvent));
    expect({ blocks: body.length > 0, shape: shape(lastBody(m)) }).toEqual({ blocks: true, shape: shape(body) });
  });
});
