/**
 * Package relationships (OPC, ECMA-376 Part 2, §9): word/_rels/document.xml.rels maps r:id to part
 * paths; targets are resolved against the word/ folder.
 */
import { attr, childrenNamed, type XmlElement } from './xml';

/** A relationship: its type URI's last segment ("header", "theme", "styles") and the part path. */
export type Relationship = { readonly type: string; readonly path: string; readonly external: boolean };

/** Reads a .rels part (null → no relationships). */
export function readRelationships(root: XmlElement | null, baseFolder = 'word/'): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const rel of childrenNamed(root, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === null || target === null) {
      continue;
    }
    const type = (attr(rel, 'Type') ?? '').split('/').pop() ?? '';
    const external = attr(rel, 'TargetMode') === 'External';
    map.set(id, { type, path: external ? target : resolvePath(baseFolder, target), external });
  }
  return map;
}

/** Resolves a relative target ("theme/theme1.xml", "../customXml/item1.xml", "/word/x.xml"). */
export function resolvePath(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter((s) => s !== '');
  for (const seg of target.split('/')) {
    if (seg === '..') {
      parts.pop();
    } else if (seg !== '' && seg !== '.') {
      parts.push(seg);
    }
  }
  return parts.join('/');
}
