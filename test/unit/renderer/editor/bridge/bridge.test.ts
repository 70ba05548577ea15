// @vitest-environment happy-dom
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/plan-document';
import { flattenBlocks } from '../../../../../core/model/walk';
import { PlanBlockNode, type SerializedPlanBlockNode } from '../../../../../renderer/editor/nodes';
import { bodyOf, load, planEditor } from '../../../../helpers/editor-harness';
import { seedLikeBody, variedBody } from '../../../../helpers/editor-bodies';

function withSource(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i): Block => {
    const source = { line: i + 10, text: `dòng ${i}` };
    if (b.kind === 'paragraph' || b.kind === 'table') {
      return { ...b, source };
    }
    return { ...b, source, children: withSource(b.children) };
  });
}

describe('editor bridge', () => {
  it('round-trips a large varied body without losing ids, kinds, levels, labels, flags, runs or nesting', () => {
    const body = withSource(variedBody());
    const editor = planEditor();
    load(editor, body);
    expect(bodyOf(editor)).toEqual(body);
  });

  it('round-trips a seed-like Kế hoạch body', () => {
    const body = seedLikeBody();
    const editor = planEditor();
    load(editor, body);
    expect(bodyOf(editor)).toEqual(body);
  });

  it('keeps placeholder guidance out of the editor text while the paragraph is empty', () => {
    const body = variedBody();
    const editor = planEditor();
    load(editor, body);
    const texts = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
    expect({ guidanceTyped: texts.some((t) => t.includes('Hướng dẫn')), blocks: texts.length }).toEqual({ guidanceTyped: false, blocks: flattenBlocks(body).length });
  });

  it('loads an empty body as an empty editor and exports it empty', () => {
    const editor = planEditor();
    load(editor, variedBody());
    load(editor, []);
    expect(bodyOf(editor)).toEqual([]);
  });
});

describe('Lexical JSON (clipboard and drag only)', () => {
  it('gives a block imported from Lexical JSON a new id, a computed label and no section key', () => {
    const editor = planEditor();
    load(editor, [{ kind: 'numbered', id: 'orig', level: 'section', label: 'II.', titled: true, runs: [{ text: 'NỘI DUNG' }], children: [], sectionKey: 'noi-dung' }]);
    const json = editor.getEditorState().read(() => $getRoot().getChildren()[0]?.exportJSON());
    let copy: unknown = null;
    editor.update(
      () => {
        const props = PlanBlockNode.importJSON(json as SerializedPlanBlockNode).getProps();
        copy = { sameId: props.id === 'orig', label: props.label, sectionKey: props.sectionKey, style: props.style, titled: props.titled };
      },
      { discrete: true },
    );
    expect(copy).toEqual({ sameId: false, label: null, sectionKey: null, style: 'section', titled: true });
  });
});
