/**
 * Loads the body into the editor when `revision` changes (open file, quick fix, template), and
 * clears the undo history: a load is not an edit.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import type { Block } from '@core/model';
import { $importBody } from '../../bridge/import-body';
import { RELOAD_TAG } from '../../commands';

export type ReloadPluginProps = {
  readonly body: readonly Block[];
  readonly revision: number;
};

/** Reloads on each new revision; body changes without a new revision are the editor's own echo. */
export function ReloadPlugin({ body, revision }: ReloadPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const bodyRef = useRef(body);
  bodyRef.current = body;
  useLayoutEffect(() => {
    editor.update(() => $importBody(bodyRef.current), { tag: RELOAD_TAG, discrete: true });
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  }, [editor, revision]);
  return null;
}
