/**
 * Required section headings cannot be deleted by accident: any update that would remove one
 * (Backspace, Delete, cut, typing over a selection) or change its level (Tab) is rejected whole,
 * and the user is told why.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $hasUpdateTag, type LexicalEditor, type NodeKey, RootNode } from 'lexical';
import { useEffect, useRef } from 'react';
import { RELOAD_TAG } from '../../commands';
import { $isPlanBlockNode, PlanBlockNode } from '../../nodes/PlanBlockNode';

/** What was refused: removing the heading, or changing its level. */
export type RequiredHeadingChange = 'delete' | 'restyle';

/** Thrown inside the rejected update; Lexical then restores the previous state. */
export class RequiredHeadingError extends Error {
  constructor(
    readonly headingText: string,
    readonly change: RequiredHeadingChange = 'delete',
  ) {
    super(`Required heading "${headingText}" cannot be changed (${change})`);
    this.name = 'RequiredHeadingError';
  }
}

/** The Vietnamese notice for a refused change. */
export function requiredHeadingNotice(headingText: string, change: RequiredHeadingChange = 'delete'): string {
  const name = headingText.trim() === '' ? 'này' : `“${headingText.trim()}”`;
  return change === 'delete'
    ? `Không xóa được đề mục ${name}: đây là mục bắt buộc của mẫu kế hoạch. Hãy sửa nội dung thay vì xóa đề mục.`
    : `Không đổi cấp được đề mục ${name}: đây là mục bắt buộc của mẫu kế hoạch.`;
}

const REQUIRED_TITLE = 'Mục bắt buộc của mẫu: không xóa được';

/** A registration: its cleanup, and a re-scan for when the required keys change. */
export type RequiredHeadingGuard = { readonly dispose: () => void; readonly rescan: () => void };

/** Guards the required headings of `requiredKeys()`. */
export function registerRequiredHeadings(editor: LexicalEditor, requiredKeys: () => ReadonlySet<string>): RequiredHeadingGuard {
  const guarded = new Map<NodeKey, { readonly text: string; readonly style: string }>();
  const $mark = (key: NodeKey, node: PlanBlockNode | null): void => {
    const sectionKey = node?.getProps().sectionKey ?? null;
    const required = sectionKey !== null && requiredKeys().has(sectionKey);
    const element = editor.getElementByKey(key);
    if (required) {
      // The text is kept here because a merged-away heading has none left when the guard fires.
      guarded.set(key, { text: node?.getTextContent() ?? '', style: node?.getProps().style ?? '' });
      element?.setAttribute('title', REQUIRED_TITLE);
      element?.setAttribute('data-required', 'true');
    } else {
      guarded.delete(key);
      element?.removeAttribute('title');
      element?.removeAttribute('data-required');
    }
  };
  const dispose = mergeRegister(
    editor.registerMutationListener(
      PlanBlockNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            $mark(key, mutation === 'destroyed' ? null : $getNodeByKey<PlanBlockNode>(key));
          }
        });
      },
      { skipInitialization: false },
    ),
    editor.registerNodeTransform(RootNode, () => {
      if ($hasUpdateTag(RELOAD_TAG)) {
        return;
      }
      for (const [key, { text, style }] of guarded) {
        const node = $getNodeByKey(key);
        if (!node || !node.isAttached()) {
          throw new RequiredHeadingError(text, 'delete');
        }
        if ($isPlanBlockNode(node) && node.getProps().style !== style) {
          throw new RequiredHeadingError(text, 'restyle');
        }
      }
    }),
  );
  const rescan = (): void => {
    editor.getEditorState().read(() => {
      for (const node of $getRoot().getChildren()) {
        if ($isPlanBlockNode(node)) {
          $mark(node.getKey(), node);
        }
      }
    });
  };
  return { dispose, rescan };
}

export type RequiredHeadingPluginProps = { readonly requiredSectionKeys: readonly string[] };

/** Plugin form of registerRequiredHeadings; a change of the required keys re-marks the headings. */
export function RequiredHeadingPlugin({ requiredSectionKeys }: RequiredHeadingPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const keys = useRef<ReadonlySet<string>>(new Set());
  keys.current = new Set(requiredSectionKeys);
  const guard = useRef<RequiredHeadingGuard | null>(null);
  useEffect(() => {
    guard.current = registerRequiredHeadings(editor, () => keys.current);
    return guard.current.dispose;
  }, [editor]);
  const joined = requiredSectionKeys.join('\n');
  useEffect(() => {
    guard.current?.rescan();
  }, [joined]);
  return null;
}
