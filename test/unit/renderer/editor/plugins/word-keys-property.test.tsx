// @vitest-environment happy-dom
/**
 * Property test of the editor's structural operations over real plans (the repository's fixtures, and
 * two seeds of test/fixtures/seeds): random sequences of delete (whole blocks or from
 * inside one), cut, paste over a selection, merge (Delete at a block's end), Enter at a block's end, Backspace at its start and
 * Tab / Shift+Tab never give a block a kind or level the user did not ask for, never lose text other than
 * the selection, and each step's undo gives back the exact previous body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { $createRangeSelection, $setSelection, CUT_COMMAND, type LexicalEditor, PASTE_COMMAND, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/index';
import type { Block } from '../../../../../core/model/plan-document';
import { parsePlan } from '../../../../../core/model/serialize';
import { blockText, flattenBlocks, walkBlocks } from '../../../../../core/model/walk';
import { $pointAt } from '../../../../../renderer/editor/ops/reveal';
import { caretIn, edit, findBlockNode, lastBody, type Mounted, mountEditor, press, settled } from '../../../../helpers/editor-mount';

const FIXTURES = join(process.cwd(), 'test', 'fixtures');
const SEEDS = join(process.cwd(), 'test', 'fixtures', 'seeds');

/** Bodies of real plans: the .kehoach fixtures, the text fixtures and two seeds. */
function realBodies(): Array<[string, Block[]]> {
  const out: Array<[string, Block[]]> = [];
  const plan = parsePlan(readFileSync(join(FIXTURES, 'plans', 'full-plan.kehoach'), 'utf8'));
  if (plan.ok) {
    out.push(['full-plan.kehoach', [...plan.value.body]]);
  }
  for (const file of ['libreoffice-ke-hoach.txt', 'ke-hoach-phu-luc.txt', 'bang-tab-va-luoi.txt']) {
    const read = importText(readFileSync(join(FIXTURES, 'txt', file), 'utf8'));
    const doc = read.ok ? read.value.find((d) => d.kind === 'ke-hoach') ?? read.value[0] : undefined;
    if (doc && flattenBlocks(doc.body).length > 3) {
      out.push([file, [...doc.body]]);
    }
  }
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().slice(0, 2);
  for (const file of seeds) {
    const read = importText(readFileSync(join(SEEDS, file), 'utf8').replace(/\*\*/g, ''));
    const doc = read.ok ? read.value[0] : undefined;
    if (doc && flattenBlocks(doc.body).length > 3) {
      out.push([`seed ${file}`, [...doc.body].slice(0, 40)]);
    }
  }
  return out;
}

type Flat = { readonly id: string; readonly kind: string; readonly text: string };

/** Blocks in document order (tables included) with "kind" = kind and level ("item", "-", "p", "table"). */
function flat(body: readonly Block[]): Flat[] {
  const out: Flat[] = [];
  walkBlocks(body, ({ block }) => {
    const kind = block.kind === 'numbered' ? block.level : block.kind === 'bullet' ? block.marker : block.kind === 'table' ? 'table' : 'p';
    // A guidance paragraph shows its text greyed while empty: it holds no text of the user's.
    out.push({ id: block.id, kind, text: block.kind === 'paragraph' && block.placeholder === true ? '' : blockText(block) });
  });
  return out;
}

type Op =
  | { readonly type: 'delete-range'; readonly a: number; readonly aAt: number; readonly b: number; readonly bAt: number; readonly cut: boolean; readonly paste?: boolean }
  | { readonly type: 'merge' | 'enter-end' | 'backspace-start' | 'tab' | 'shift-tab'; readonly a: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('delete-range' as const), a: fc.nat(60), aAt: fc.nat(30), b: fc.nat(60), bAt: fc.nat(30), cut: fc.boolean(), paste: fc.boolean() }),
  fc.record({ type: fc.constantFrom('merge' as const, 'enter-end' as const, 'backspace-start' as const, 'tab' as const, 'shift-tab' as const), a: fc.nat(60) }),
);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function select(editor: LexicalEditor, from: [string, number], to: [string, number]): void {
  const a = findBlockNode(from[0]);
  const b = findBlockNode(to[0]);
  const pa = $pointAt(a.getAllTextNodes(), from[1]);
  const pb = $pointAt(b.getAllTextNodes(), to[1]);
  const selection = $createRangeSelection();
  selection.anchor.set(pa?.node.getKey() ?? a.getKey(), pa?.offset ?? 0, pa ? 'text' : 'element');
  selection.focus.set(pb?.node.getKey() ?? b.getKey(), pb?.offset ?? 0, pb ? 'text' : 'element');
  $setSelection(selection);
  void editor;
}

/** Runs one operation; returns what the text of the body must be after it (null: unchanged). */
const PASTED = ['Dòng dán thứ nhất', '- Việc dán thêm'];

async function run(m: Mounted, body: readonly Block[], o: Op): Promise<{ expectedText: string; touched: ReadonlySet<string>; pasted?: boolean } | null> {
  const blocks = flat(body).filter((b) => b.kind !== 'table');
  if (blocks.length === 0) {
    return null;
  }
  const all = flat(body);
  const whole = all.map((b) => b.text).join('');
  const offsetOf = (id: string, at: number): number => {
    let sum = 0;
    for (const b of all) {
      if (b.id === id) {
        return sum + at;
      }
      sum += b.text.length;
    }
    return sum;
  };
  const pick = (i: number): Flat => blocks[i % blocks.length] as Flat;
  if (o.type === 'delete-range') {
    let [first, firstAt] = [pick(o.a), o.aAt];
    let [last, lastAt] = [pick(o.b), o.bAt];
    if (first.id === last.id) {
      return null;
    }
    if (all.findIndex((b) => b.id === first.id) > all.findIndex((b) => b.id === last.id)) {
      [first, firstAt, last, lastAt] = [last, lastAt, first, firstAt];
    }
    const at1 = Math.min(firstAt, first.text.length);
    const at2 = Math.min(lastAt, last.text.length);
    await edit(m.editor, () => select(m.editor, [first.id, at1], [last.id, at2]));
    if (o.paste) {
      // Pasting lines over the selection: the selection goes, the pasted lines come in as new blocks.
      const data = new DataTransfer();
      data.setData('text/plain', PASTED.join('\n'));
      await settled(() => m.editor.dispatchCommand(PASTE_COMMAND, new ClipboardEvent('paste', { clipboardData: data })));
    } else if (o.cut) {
      await settled(() => m.editor.dispatchCommand(CUT_COMMAND, new ClipboardEvent('cut', { clipboardData: new DataTransfer() })));
      await settled(() => undefined);
    } else {
      await press(m, 'Delete');
    }
    const start = offsetOf(first.id, at1);
    const end = offsetOf(last.id, at2);
    // Blocks outside the selection, and the last one (whose kind survives), keep their kind.
    const inside = new Set(all.slice(all.findIndex((b) => b.id === first.id), all.findIndex((b) => b.id === last.id)).map((b) => b.id));
    return { expectedText: whole.slice(0, start) + whole.slice(end), touched: inside, pasted: o.paste === true };
  }
  const target = pick(o.a);
  if (o.type === 'merge') {
    await caretIn(m, target.id, 'end');
    await press(m, 'Delete');
    const next = all[all.findIndex((b) => b.id === target.id) + 1];
    // Merging the next block into this one: its kind goes with it (a table is not merged).
    return { expectedText: whole, touched: new Set(next && next.kind !== 'table' ? [next.id] : []) };
  }
  if (o.type === 'enter-end') {
    await caretIn(m, target.id, 'end');
    await press(m, 'Enter');
    return { expectedText: whole, touched: new Set([target.id]) };
  }
  if (o.type === 'backspace-start') {
    await caretIn(m, target.id, 'start');
    await press(m, 'Backspace');
    const previous = all[all.findIndex((b) => b.id === target.id) - 1];
    // The number goes first (this block's kind is what the user asked to change), or it merges into the previous block.
    return { expectedText: whole, touched: new Set([target.id, ...(previous ? [previous.id] : [])]) };
  }
  await caretIn(m, target.id, 'end');
  await press(m, 'Tab', o.type === 'shift-tab' ? { shiftKey: true } : {});
  return { expectedText: whole, touched: new Set([target.id]) };
}

const bodies = realBodies();



describe('editor operations over real plans', () => {
  it('has real plans to run on', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(4);
    // Tables among the blocks (edits next to and across them).
    expect(bodies.some(([, b]) => flattenBlocks(b).some((x) => x.kind === 'table'))).toBe(true);
  });

  it.each(bodies)('keep kinds, text and undo exact on %s', async (_name, body) => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        mounted?.unmount();
        const m = (mounted = mountEditor(body));
        let current: Block[] = body.slice();
        for (const o of ops) {
          const result = await run(m, current, o);
          if (result === null) {
            continue;
          }
          const after = m.changes.at(-1) ?? current;
          const before = flat(current);
          const now = flat(after);
          // Text: only the selection goes (and a paste adds its lines, in place of the selection).
          const text = now.map((b) => b.text).join('');
          if (result.pasted) {
            expect(PASTED.map((l) => l.replace(/^- /, '')).reduce((rest, l) => rest.replace(l, ''), text).length).toBe(result.expectedText.length);
          } else {
            expect(text).toBe(result.expectedText);
          }
          // Kinds: every surviving block the operation did not aim at keeps its kind and level.
          const kindOf = new Map(before.map((b) => [b.id, b.kind]));
          const changed = now.filter((b) => kindOf.has(b.id) && !result.touched.has(b.id) && kindOf.get(b.id) !== b.kind);
          expect(changed).toEqual([]);
          // Undo: the exact previous body.
          if (after !== current) {
            await settled(() => m.editor.dispatchCommand(UNDO_COMMAND, undefined));
            expect(lastBody(m)).toEqual(current);
            // Redo by running the same step again keeps the sequence going from the same state.
            await run(m, current, o);
            current = m.changes.at(-1) ?? current;
          }
        }
      }),
      { numRuns: 20, seed: Number(process.env['KH_PROPERTY_SEED'] ?? 7) },
    );
  }, 120_000);
});
