/**
 * Starter content of a template (items, points, bullets, paragraphs, guidance) → body blocks.
 * Pure; ids come from the caller's generator so that a new plan is deterministic.
 */
import type { IdGenerator } from '../base/ids';
import type { Block, BulletBlock, NumberedBlock, ParagraphBlock } from '../model/plan-document';
import { normalizeText } from '../text/normalize';
import type { StarterBlock } from './template-schema';

/** The body blocks for a list of starter blocks; bullets under bullets become "+" items. */
export function starterToBlocks(starter: readonly StarterBlock[], ids: IdGenerator, underBullet = false): Block[] {
  return starter.map((block) => starterToBlock(block, ids, underBullet));
}

/** A guidance paragraph: shown as placeholder text in the editor, never exported as content. */
export function guidanceParagraph(text: string, ids: IdGenerator): ParagraphBlock {
  return { kind: 'paragraph', id: ids(), runs: runsOf(text), placeholder: true };
}

/** A plain paragraph. */
export function plainParagraph(text: string, ids: IdGenerator): ParagraphBlock {
  return { kind: 'paragraph', id: ids(), runs: runsOf(text) };
}

function starterToBlock(block: StarterBlock, ids: IdGenerator, underBullet: boolean): Block {
  switch (block.kind) {
    case 'paragraph':
      return plainParagraph(block.text, ids);
    case 'guidance':
      return guidanceParagraph(block.text, ids);
    case 'bullet': {
      const id = ids();
      const bullet: BulletBlock = {
        kind: 'bullet',
        id,
        marker: underBullet ? '+' : '-',
        runs: runsOf(block.text),
        children: starterToBlocks(block.children ?? [], ids, true),
      };
      return bullet;
    }
    case 'item':
    case 'point': {
      const id = ids();
      const children = starterToBlocks(block.children ?? [], ids, false);
      const numbered: NumberedBlock = {
        kind: 'numbered',
        id,
        level: block.kind,
        label: null,
        // A numbered line with content under it is a title ("1. Mục đích"); alone it is a numbered paragraph.
        titled: children.length > 0,
        runs: runsOf(block.text),
        children,
      };
      return numbered;
    }
  }
}

function runsOf(text: string): { readonly text: string }[] {
  const clean = normalizeText(text);
  return clean === '' ? [] : [{ text: clean }];
}
