/**
 * Live labels by editor and block id: written by the label pass after each structural change,
 * read by PlanBlockNode.createDOM so that a re-created element shows its label at once.
 */
import type { LexicalEditor } from 'lexical';

const caches = new WeakMap<LexicalEditor, Map<string, string>>();

/** The label map of an editor (created on first use). */
export function labelCache(editor: LexicalEditor): Map<string, string> {
  let cache = caches.get(editor);
  if (!cache) {
    cache = new Map();
    caches.set(editor, cache);
  }
  return cache;
}
