/**
 * What the label pass needs from the flat body: displayed labels, sibling groups (to renumber
 * as-read labels after a structural edit) and where each empty section shows its guidance.
 */
import { computeLabels, displayLabel } from '@core/model';
import type { Block } from '@core/model';
import { walkBlocks } from '@core/model';
import type { FlatBlock } from './flat-block';

/** Displayed label by block id: as read, else computed; bullets show their marker. */
export function displayedLabels(body: readonly Block[]): Map<string, string> {
  const computed = computeLabels(body);
  const out = new Map<string, string>();
  walkBlocks(body, ({ block }) => {
    if (block.kind === 'numbered') {
      out.set(block.id, displayLabel(block, computed));
    } else if (block.kind === 'bullet') {
      out.set(block.id, block.marker);
    }
  });
  return out;
}

/** For each parent id ("" for the top), the numbered children as "id:level" in order. */
export function siblingGroups(body: readonly Block[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  walkBlocks(body, ({ block, parents }) => {
    if (block.kind === 'numbered') {
      const parentId = parents[parents.length - 1]?.id ?? '';
      const list = groups.get(parentId) ?? [];
      list.push(`${block.id}:${block.level}`);
      groups.set(parentId, list);
    }
  });
  return new Map([...groups].map(([k, v]) => [k, v.join(',')]));
}

/** Ids of numbered blocks with an as-read label in groups that changed between two snapshots. */
export function labelsToClear(body: readonly Block[], before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed = new Set<string>();
  for (const [parent, signature] of after) {
    if (before.get(parent) !== signature) {
      changed.add(parent);
    }
  }
  const out: string[] = [];
  walkBlocks(body, ({ block, parents }) => {
    const parentId = parents[parents.length - 1]?.id ?? '';
    if (block.kind === 'numbered' && block.label !== null && changed.has(parentId)) {
      out.push(block.id);
    }
  });
  return out;
}

/** Where guidance shows: on an empty first paragraph of the section ("inside") or after the heading. */
export type GuidanceSpot = { readonly blockId: string; readonly text: string; readonly where: 'inside' | 'after' };

/**
 * Guidance spots: a section with guidance whose blocks are all empty shows it in its first empty
 * paragraph, or after its heading when it has none; an empty placeholder paragraph shows its own text.
 */
export function guidanceSpots(flat: readonly FlatBlock[], guidance: Readonly<Record<string, string>>): GuidanceSpot[] {
  const out: GuidanceSpot[] = [];
  flat.forEach((entry, index) => {
    const { props, runs } = entry;
    if (entry.table) {
      return;
    }
    if (props.placeholderRuns !== null && runs.length === 0) {
      out.push({ blockId: props.id, text: props.placeholderRuns.map((r) => r.text).join(''), where: 'inside' });
      return;
    }
    const text = props.sectionKey !== null ? guidance[props.sectionKey] : undefined;
    if (text === undefined) {
      return;
    }
    let end = index + 1;
    while (end < flat.length && (flat[end]?.props.depth ?? 0) > props.depth) {
      end += 1;
    }
    const inside = flat.slice(index + 1, end);
    if (inside.some((b) => b.runs.length > 0 || b.props.placeholderRuns !== null || b.table !== undefined)) {
      return;
    }
    const first = inside[0];
    if (first === undefined) {
      out.push({ blockId: props.id, text, where: 'after' });
    } else if (first.props.style === 'paragraph') {
      out.push({ blockId: first.props.id, text, where: 'inside' });
    }
  });
  return out;
}
