/**
 * The appendices after the main sheet: each on its own sheet with its own body editor (the same
 * editor component as the body; one instance per appendix), or BodyView when reviewing.
 */
import { memo, useCallback, useMemo, type Dispatch, type ReactElement } from 'react';
import type { Appendix, Block, Header, Orientation } from '@core/model';
import { PlanBodyEditor, type PlanBodyEditorHandle } from '../../editor/index';
import { AppendixSheet, BodyView } from '../../features/sheet/index';
import type { AppAction } from '../state/plan-state';

const NO_KEYS: readonly string[] = [];
const NO_GUIDANCE: Readonly<Record<string, string>> = {};

const Editor = memo(PlanBodyEditor);

type AppendixBodyProps = {
  readonly id: string;
  readonly blocks: readonly Block[];
  readonly revision: number;
  readonly dispatch: Dispatch<AppAction>;
  readonly onHandle: (id: string, handle: PlanBodyEditorHandle | null) => void;
  readonly onFocusEditor: (id: string) => void;
  readonly onActiveBlockChange: (blockId: string | null) => void;
};

function AppendixBodyView(props: AppendixBodyProps): ReactElement {
  const { id, dispatch, onHandle, onFocusEditor } = props;
  // As for the body: the editor loads the blocks of a revision and reports its own changes.
  const loaded = useMemo(() => props.blocks, [props.revision]);
  const onChange = useCallback((blocks: Block[]) => dispatch({ type: 'edit-appendix-blocks', id, blocks }), [dispatch, id]);
  const ref = useCallback((handle: PlanBodyEditorHandle | null) => onHandle(id, handle), [onHandle, id]);
  return (
    <div className="appendix__editor plan-editor__appendix-size" onFocus={() => onFocusEditor(id)}>
      <Editor
        ref={ref}
        body={loaded}
        revision={props.revision}
        onChange={onChange}
        requiredSectionKeys={NO_KEYS}
        guidance={NO_GUIDANCE}
        onActiveBlockChange={props.onActiveBlockChange}
      />
    </div>
  );
}

const AppendixBody = memo(AppendixBodyView);

export type AppendixAreaProps = {
  readonly appendices: readonly Appendix[];
  readonly header: Header;
  readonly revision: number;
  readonly readOnly: boolean;
  readonly dispatch: Dispatch<AppAction>;
  readonly onHandle: (id: string, handle: PlanBodyEditorHandle | null) => void;
  readonly onFocusEditor: (id: string) => void;
  /** The caret's block in an appendix (the outline highlights the appendix). */
  readonly onActiveBlockChange: (blockId: string | null) => void;
};

/** Every appendix, in order. */
export function AppendixArea(props: AppendixAreaProps): ReactElement {
  const { dispatch } = props;
  const onTitle = useCallback((id: string, title: string) => dispatch({ type: 'edit-appendix', id, patch: { title } }), [dispatch]);
  const onOrientation = useCallback((id: string, orientation: Orientation) => dispatch({ type: 'edit-appendix', id, patch: { orientation } }), [dispatch]);
  const onDelete = useCallback((id: string) => dispatch({ type: 'delete-appendix', id }), [dispatch]);
  return (
    <>
      {props.appendices.map((appendix, index) => (
        <AppendixSheet
          key={appendix.id}
          appendices={props.appendices}
          index={index}
          header={props.header}
          readOnly={props.readOnly}
          onTitle={onTitle}
          onOrientation={onOrientation}
          onDelete={onDelete}
          body={
            props.readOnly ? (
              <BodyView blocks={appendix.blocks} endsWithMark={false} showPlaceholders={false} />
            ) : (
              <AppendixBody
                id={appendix.id}
                blocks={appendix.blocks}
                revision={props.revision}
                dispatch={dispatch}
                onHandle={props.onHandle}
                onFocusEditor={props.onFocusEditor}
                onActiveBlockChange={props.onActiveBlockChange}
              />
            )
          }
        />
      ))}
    </>
  );
}
