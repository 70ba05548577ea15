/**
 * Mounts PlanBodyEditor in happy-dom through @testing-library/react and gives tests its Lexical editor, changes and
 * handle. Keys go through Lexical's own keydown handler (fireEvent), edits through editor.update.
 */
import { $getRoot, type LexicalEditor } from 'lexical';
import { act, fireEvent, render as renderUi } from '@testing-library/react';
import { createRef, type ReactElement } from 'react';
import type { Block } from '../../core/model/plan-document';
import { blockText, walkBlocks } from '../../core/model/walk';
import { PlanBodyEditor, type PlanBodyEditorHandle } from '../../renderer/editor';
import { $isPlanBlockNode, type PlanBlockNode } from '../../renderer/editor/nodes';

export type Mounted = {
  readonly editor: LexicalEditor;
  readonly content: HTMLElement;
  readonly container: HTMLElement;
  readonly changes: Block[][];
  readonly active: (string | null)[];
  readonly handle: PlanBodyEditorHandle;
  readonly rerender: (body: readonly Block[], revision: number, options?: MountOptions) => void;
  readonly unmount: () => void;
};

export type MountOptions = {
  readonly required?: readonly string[];
  readonly guidance?: Readonly<Record<string, string>>;
  readonly readOnly?: boolean;
};

/** Renders the editor with a body and waits for it to load. */
export function mountEditor(body: readonly Block[], options: MountOptions = {}): Mounted {
  const changes: Block[][] = [];
  const active: (string | null)[] = [];
  const ref = createRef<PlanBodyEditorHandle>();
  const element = (b: readonly Block[], revision: number, opts: MountOptions): ReactElement => (
    <PlanBodyEditor
      ref={ref}
      body={b}
      revision={revision}
      onChange={(next) => changes.push(next)}
      requiredSectionKeys={opts.required ?? []}
      guidance={opts.guidance ?? {}}
      onActiveBlockChange={(id) => active.push(id)}
      readOnly={opts.readOnly ?? false}
    />
  );
  const view = renderUi(element(body, 1, options));
  const container = view.container;
  const content = container.querySelector<HTMLElement>('[contenteditable]');
  const editor = (content as unknown as { __lexicalEditor?: LexicalEditor } | null)?.__lexicalEditor;
  if (!content || !editor || !ref.current) {
    throw new Error('editor did not mount');
  }
  return {
    editor,
    content,
    container,
    changes,
    active,
    handle: ref.current,
    rerender: (b, revision, opts = options) => view.rerender(element(b, revision, opts)),
    unmount: () => view.unmount(),
  };
}

/** Runs an update and waits for it and for the updates its listeners queue (renumbering). */
export async function edit(editor: LexicalEditor, fn: () => void): Promise<void> {
  await act(async () => {
    editor.update(fn);
    await settle();
  });
}

/** Lets queued Lexical updates (microtasks) and React work finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

/** Runs something inside act and waits for the editor to settle. */
export async function settled(fn: () => void): Promise<void> {
  await act(async () => {
    fn();
    await settle();
  });
}

/** Displayed labels in document order, "" for a block without one. */
export function shownLabels(content: HTMLElement): string[] {
  return [...content.querySelectorAll<HTMLElement>('.plan-block')].map((el) => el.dataset.label ?? '');
}

/** Puts the caret in a block (at its start or end) by block id. */
export async function caretIn(m: Mounted, blockId: string, where: 'start' | 'end' = 'end'): Promise<void> {
  await edit(m.editor, () => {
    const block = findBlockNode(blockId);
    if (where === 'start') {
      block.selectStart();
    } else {
      block.selectEnd();
    }
  });
}

/** Presses a key on the editor (keydown through Lexical's own handler). */
export async function press(m: Mounted, key: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}): Promise<void> {
  await settled(() => {
    fireEvent.keyDown(m.content, { key, ...modifiers });
  });
}

/** The block node with an id (inside update/read). */
export function findBlockNode(blockId: string): PlanBlockNode {
  const node = $getRoot()
    .getChildren()
    .find((n): n is PlanBlockNode => $isPlanBlockNode(n) && n.getProps().id === blockId);
  if (!node) {
    throw new Error(`no block ${blockId}`);
  }
  return node;
}

/** The last body reported through onChange. */
export function lastBody(m: Mounted): Block[] {
  const last = m.changes[m.changes.length - 1];
  if (!last) {
    throw new Error('no change reported');
  }
  return last;
}

/** A compact outline of a body: "label text" lines indented by depth, labels as displayed. */
export function outline(body: readonly Block[], content?: HTMLElement): string[] {
  const shown = new Map<string, string>();
  content?.querySelectorAll<HTMLElement>('.plan-block').forEach((el) => shown.set(el.dataset.blockId ?? '', el.dataset.label ?? ''));
  const out: string[] = [];
  walkBlocks(body, ({ block, depth }) => {
    const marker = block.kind === 'numbered' ? `${block.level}` : block.kind === 'bullet' ? block.marker : block.kind === 'table' ? 'table' : 'p';
    const label = shown.get(block.id);
    out.push(`${'  '.repeat(depth)}${marker}${label ? ` ${label}` : ''} ${block.kind === 'table' ? blockText(block).replace(/\n/g, ' / ') : blockText(block)}`.trimEnd());
  });
  return out;
}
