/**
 * A Lexical editor with the body editor's nodes, for tests (happy-dom or headless).
 */
import { createEditor, type LexicalEditor } from 'lexical';
import type { Block } from '../../core/model/plan-document';
import { $exportBody, $importBody } from '../../renderer/editor/bridge';
import { PLAN_NODES } from '../../renderer/editor/nodes';

/** An editor with the plan nodes; errors are thrown. */
export function planEditor(): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes: [...PLAN_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads a body into the editor synchronously. */
export function load(editor: LexicalEditor, body: readonly Block[]): void {
  editor.update(() => $importBody(body), { discrete: true });
}

/** The editor's body. */
export function bodyOf(editor: LexicalEditor): Block[] {
  return editor.getEditorState().read(() => $exportBody());
}
