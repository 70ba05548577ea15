/**
 * PlanBodyEditor: the Lexical body editor of a plan. It owns no document state: it loads `body`
 * when `revision` changes and reports every change through `onChange`.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { forwardRef, type ReactElement, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Block } from '@core/model';
import { bindHandle } from './actions';
import { PLAN_NODES } from './nodes';
import { $selectBlock } from './ops/reveal';
import { ChangePlugin } from './plugins/ChangePlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { ReloadPlugin } from './plugins/ReloadPlugin';
import { RequiredHeadingError, RequiredHeadingPlugin, requiredHeadingNotice } from './plugins/RequiredHeadingPlugin';
import { StructurePlugin } from './plugins/StructurePlugin';
import { PlanTablePlugin } from './plugins/TablePlugin';
import { WordKeysPlugin } from './plugins/WordKeysPlugin';
import { PLAN_EDITOR_THEME } from './theme';
import './editor.css';

export type PlanBodyEditorProps = {
  /** Content to load; reloaded whenever `revision` changes (open file, quick fix, template). */
  readonly body: readonly Block[];
  readonly revision: number;
  /** Called after every change with the new body (document order, stable ids kept). */
  readonly onChange: (body: Block[]) => void;
  /** Section keys the profile requires: their headings cannot be deleted by accident. */
  readonly requiredSectionKeys: readonly string[];
  /** Guidance shown as placeholder text in an empty section, by sectionKey. */
  readonly guidance: Readonly<Record<string, string>>;
  readonly readOnly?: boolean;
  /** Called when the caret enters a block (outline highlighting). */
  readonly onActiveBlockChange?: (blockId: string | null) => void;
};

export type PlanBodyEditorHandle = {
  /** Scrolls to a block and selects it (or the given text range in it). */
  revealBlock(blockId: string, range?: { readonly start: number; readonly end: number }): void;
  focus(): void;
};

const NOTICE_MS = 4000;

function revealIn(editor: LexicalEditor, blockId: string, range?: { readonly start: number; readonly end: number }): void {
  let key: string | null = null;
  editor.update(() => {
    key = $selectBlock(blockId, range);
  }, { discrete: true });
  const element = key === null ? null : editor.getElementByKey(key);
  element?.scrollIntoView?.({ block: 'center' });
  editor.focus();
}

function PlanBodyEditorImpl(props: PlanBodyEditorProps, ref: React.ForwardedRef<PlanBodyEditorHandle>): ReactElement {
  const editorRef = useRef<LexicalEditor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const showNotice = useRef((text: string): void => {
    setNotice(text);
    if (noticeTimer.current !== null) {
      clearTimeout(noticeTimer.current);
    }
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  });
  const initialConfig = useMemo(
    () => ({
      namespace: 'kehoach-body',
      nodes: [...PLAN_NODES],
      theme: PLAN_EDITOR_THEME,
      editable: props.readOnly !== true,
      onError: (error: Error): void => {
        if (error instanceof RequiredHeadingError) {
          showNotice.current(requiredHeadingNotice(error.headingText, error.change));
          return;
        }
        console.error(error);
      },
    }),
    // The composer reads its config once; later changes (readOnly) go through the editor.
    [],
  );
  useImperativeHandle(ref, () => {
    const handle: PlanBodyEditorHandle = {
      revealBlock: (blockId, range) => {
        if (editorRef.current) {
          revealIn(editorRef.current, blockId, range);
        }
      },
      focus: () => editorRef.current?.focus(),
    };
    // The handle is created after the editor exists (EditorRefPlugin runs first).
    queueMicrotask(() => {
      if (editorRef.current) {
        bindHandle(handle, editorRef.current);
      }
    });
    return handle;
  }, []);
  useEffect(() => () => {
    if (noticeTimer.current !== null) {
      clearTimeout(noticeTimer.current);
    }
  }, []);
  useEffect(() => {
    editorRef.current?.setEditable(props.readOnly !== true);
  }, [props.readOnly]);
  return (
    <div className="plan-editor">
      <LexicalComposer initialConfig={initialConfig}>
        <EditorRefPlugin editorRef={editorRef} />
        <RichTextPlugin
          contentEditable={<ContentEditable className="plan-editor__content" aria-label="Nội dung kế hoạch" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ChangePlugin onChange={props.onChange} onActiveBlockChange={props.onActiveBlockChange} guidance={props.guidance} />
        <ReloadPlugin body={props.body} revision={props.revision} />
        <HistoryPlugin />
        <StructurePlugin />
        <RequiredHeadingPlugin requiredSectionKeys={props.requiredSectionKeys} />
        <PlanTablePlugin />
        <PastePlugin onNotice={(text) => showNotice.current(text)} />
        <WordKeysPlugin requiredSectionKeys={props.requiredSectionKeys} onNotice={(text) => showNotice.current(text)} />
      </LexicalComposer>
      <div className="plan-editor__notice" role="status" aria-live="polite">
        {notice}
      </div>
    </div>
  );
}

/** The body editor (see PlanBodyEditorProps); its ref is a PlanBodyEditorHandle. */
export const PlanBodyEditor = forwardRef<PlanBodyEditorHandle, PlanBodyEditorProps>(PlanBodyEditorImpl);
PlanBodyEditor.displayName = 'PlanBodyEditor';
