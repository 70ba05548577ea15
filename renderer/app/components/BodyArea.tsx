/**
 * The body on the page: the Lexical body editor when editing (renderer/editor), the read-only view
 * when reviewing a colleague's file.
 */
import { memo, useMemo, type ReactElement, type Ref } from 'react';
import type { Block } from '@core/model';
import { PlanBodyEditor, type PlanBodyEditorHandle } from '../../editor/index';
import { BodyView } from '../../features/sheet/index';

/** What the workspace needs from the body editor. */
export type BodyHandle = PlanBodyEditorHandle;

export type BodyAreaProps = {
  readonly body: readonly Block[];
  readonly revision: number;
  readonly endsWithMark: boolean;
  readonly readOnly: boolean;
  readonly requiredSectionKeys: readonly string[];
  readonly guidance: Readonly<Record<string, string>>;
  readonly onChange: (body: Block[]) => void;
  readonly onActiveBlockChange: (blockId: string | null) => void;
  readonly handle: Ref<BodyHandle>;
};

// The editor loads `body` only when `revision` changes; holding the body of that revision keeps its
// props unchanged while typing, so the memoized editor is not re-rendered on every keystroke.
const Editor = memo(PlanBodyEditor);

/** The body of the plan. */
export function BodyArea(props: BodyAreaProps): ReactElement {
  const loaded = useMemo(() => props.body, [props.revision]);
  if (props.readOnly) {
    return <BodyView blocks={props.body} endsWithMark={props.endsWithMark} showPlaceholders={false} />;
  }
  return (
    <Editor
      ref={props.handle}
      body={loaded}
      revision={props.revision}
      onChange={props.onChange}
      requiredSectionKeys={props.requiredSectionKeys}
      guidance={props.guidance}
      onActiveBlockChange={props.onActiveBlockChange}
    />
  );
}
