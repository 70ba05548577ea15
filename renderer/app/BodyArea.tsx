/**
 * The body on the page: the Lexical body editor when editing, the read-only view when reviewing.
 */
import type { ReactElement, Ref } from 'react';
import type { Block } from '../../core/model/plan-document';
import { BodyView } from '../features/sheet/index';

/** What the workspace needs from the body editor. */
export type BodyHandle = {
  revealBlock(blockId: string, range?: { readonly start: number; readonly end: number }): void;
  focus(): void;
};

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

/** The body of the plan. */
export function BodyArea(props: BodyAreaProps): ReactElement {
  return <BodyView blocks={props.body} endsWithMark={props.endsWithMark} showPlaceholders={!props.readOnly} />;
}
