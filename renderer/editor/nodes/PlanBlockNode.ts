/**
 * PlanBlockNode: one body block (numbered level, "-"/"+" item or paragraph) with its stable id.
 * Its label ("I.", "1.", "a)", "-") is never text: it is a data-label attribute drawn by CSS.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  ParagraphNode,
  type RangeSelection,
  type SerializedParagraphNode,
  type Spread,
} from 'lexical';
import { randomId } from '@core/base';
import { isNumberedStyle, newProps, type PlanBlockProps } from '../structure/flat-block';
import { labelCache } from './label-cache';

/** Lexical JSON of a block (clipboard only: Lexical JSON never goes to disk). */
export type SerializedPlanBlockNode = Spread<{ readonly plan: PlanBlockProps }, SerializedParagraphNode>;

const EMPTY_PROPS: PlanBlockProps = newProps('', 'paragraph', 0);

/** Marker text of a bullet style; numbered labels come from the label pass. */
function staticLabel(props: PlanBlockProps): string | null {
  if (props.style === 'dash') {
    return '-';
  }
  return props.style === 'plus' ? '+' : null;
}

/** Writes the block's attributes on its element (style, depth, titled, label, required hint). */
function applyAttributes(dom: HTMLElement, props: PlanBlockProps, label: string | null): void {
  dom.dataset.blockId = props.id;
  dom.dataset.style = props.style;
  dom.dataset.depth = String(props.depth);
  dom.classList.add('plan-block');
  dom.classList.toggle('plan-block--titled', props.titled);
  if (label !== null) {
    dom.dataset.label = label;
  } else {
    delete dom.dataset.label;
  }
  if (props.sectionKey !== null) {
    dom.dataset.sectionKey = props.sectionKey;
  } else {
    delete dom.dataset.sectionKey;
  }
}

/** A body block. Properties are one immutable object, replaced as a whole by setProps. */
export class PlanBlockNode extends ParagraphNode {
  __props: PlanBlockProps;

  override $config() {
    return this.config('plan-block', { extends: ParagraphNode });
  }

  static override clone(node: PlanBlockNode): PlanBlockNode {
    return new PlanBlockNode(node.__props, node.__key);
  }

  /**
   * Lexical JSON comes only from the clipboard or a drag (never from disk): the block is a copy, so
   * it gets a new id, a computed label and no section key (ids stay unique, required keys single).
   */
  static override importJSON(json: SerializedPlanBlockNode): PlanBlockNode {
    const plan = json.plan ?? EMPTY_PROPS;
    const props = { ...plan, id: randomId('b'), label: null, sectionKey: null, source: null };
    return $createPlanBlockNode(props).updateFromJSON(json);
  }

  constructor(props: PlanBlockProps = EMPTY_PROPS, key?: NodeKey) {
    super(key);
    this.__props = props;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__props = prevNode.__props;
  }

  /** The block's properties in the current state. */
  getProps(): PlanBlockProps {
    return this.getLatest().__props;
  }

  /** Replaces the block's properties. */
  setProps(props: PlanBlockProps): this {
    const writable = this.getWritable();
    writable.__props = props;
    return writable;
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = super.createDOM(config);
    const props = this.__props;
    const cached = editor && isNumberedStyle(props.style) ? (labelCache(editor).get(props.id) ?? null) : null;
    applyAttributes(dom, props, staticLabel(props) ?? props.label ?? cached);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, _config: EditorConfig): boolean {
    if (prevNode.__props !== this.__props) {
      const props = this.__props;
      const keep = isNumberedStyle(props.style) && isNumberedStyle(prevNode.__props.style) ? (dom.dataset.label ?? null) : null;
      applyAttributes(dom, props, staticLabel(props) ?? props.label ?? keep);
    }
    return false;
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const output = super.exportDOM(editor);
    const label = editor.getElementByKey(this.getKey())?.dataset.label;
    const element = output.element;
    if (label && element && 'prepend' in element) {
      // Copy keeps the label as text so that Word, or this editor's paste, sees the structure.
      element.prepend($getDocument().createTextNode(`${label} `));
    }
    return output;
  }

  override exportJSON(): SerializedPlanBlockNode {
    return { ...super.exportJSON(), type: 'plan-block', plan: this.getProps() };
  }

  /** Enter in a block with text: the new block is a sibling of the same style, numbered anew. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): PlanBlockNode {
    const props = this.getProps();
    const next = $createPlanBlockNode(newProps(randomId('b'), props.style, props.depth, props.titled));
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

/** Creates a block node with the given properties. */
export function $createPlanBlockNode(props: PlanBlockProps): PlanBlockNode {
  return $applyNodeReplacement(new PlanBlockNode(props));
}

/** True when the node is a body block. */
export function $isPlanBlockNode(node: LexicalNode | null | undefined): node is PlanBlockNode {
  return node instanceof PlanBlockNode;
}
