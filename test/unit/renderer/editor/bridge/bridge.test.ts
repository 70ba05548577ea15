// @vitest-environment happy-dom
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../core/model/plan-document';
import { flattenBlocks } from '../../../../../core/model/walk';
import { bodyOf, load, planEditor } from '../../../../helpers/editor-harness';
import { seedLikeBody, variedBody } from '../../../../helpers/editor-bodies';

function withSource(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i): Block => {
    const source = { line: i + 10, text: `dòng ${i}` };
    if (b.kind === 'paragraph') {
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
