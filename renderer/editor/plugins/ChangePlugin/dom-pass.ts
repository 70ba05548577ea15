/**
 * The DOM pass after a structural change: live labels (data-label) and guidance placeholders
 * (data-guidance). Attributes only: neither is text, so neither is ever exported.
 */
import type { LexicalEditor, NodeKey } from 'lexical';
import type { Block } from '@core/model';
import type { FlatEntry } from '../../bridge/export-body';
import { labelCache } from '../../nodes/label-cache';
import { displayedLabels, guidanceSpots } from '../../structure/label-plan';

/**
 * Sets data-label where the label changed since the last pass, and on every element Lexical may
 * have (re)created in this update (`dirty`; null means all, after a load or an undo).
 */
export function applyLabels(
  editor: LexicalEditor,
  entries: readonly FlatEntry[],
  body: readonly Block[],
  dirty: ReadonlyMap<NodeKey, boolean> | null,
): void {
  const labels = displayedLabels(body);
  const cache = labelCache(editor);
  const previous = new Map(cache);
  cache.clear();
  for (const { key, flat } of entries) {
    const label = labels.get(flat.props.id);
    if (label === undefined) {
      continue;
    }
    cache.set(flat.props.id, label);
    if (dirty !== null && !dirty.has(key) && previous.get(flat.props.id) === label) {
      continue;
    }
    const element = editor.getElementByKey(key);
    if (element && element.dataset.label !== label) {
      element.dataset.label = label;
    }
  }
}

/** Moves the guidance attributes to the current empty sections; returns the elements that carry one. */
export function applyGuidance(
  editor: LexicalEditor,
  entries: readonly FlatEntry[],
  guidance: Readonly<Record<string, string>>,
  previous: ReadonlySet<HTMLElement>,
): Set<HTMLElement> {
  const keyById = new Map(entries.map((e) => [e.flat.props.id, e.key]));
  const next = new Set<HTMLElement>();
  for (const spot of guidanceSpots(entries.map((e) => e.flat), guidance)) {
    const key = keyById.get(spot.blockId);
    const element = key === undefined ? null : editor.getElementByKey(key);
    if (element) {
      element.dataset.guidance = spot.text;
      element.dataset.guidanceWhere = spot.where;
      next.add(element);
    }
  }
  for (const element of previous) {
    if (!next.has(element)) {
      delete element.dataset.guidance;
      delete element.dataset.guidanceWhere;
    }
  }
  return next;
}
