/**
 * Section properties (w:sectPr, ECMA-376 Part 1, §17.6): page size and orientation (w:pgSz),
 * margins (w:pgMar), a different first page (w:titlePg), and header/footer references by type.
 */
import type { PageFacts } from '../../model/formatting';
import { onOff } from './props';
import { attr, child, childrenNamed, numAttr, type XmlElement } from './xml';

/** A header or footer a section points at (relationship id). */
export type PartReference = { readonly kind: 'header' | 'footer'; readonly type: 'default' | 'first' | 'even'; readonly relId: string };

/** Page facts of one section. Missing sizes read as 0 (unknown). */
export function readPage(sect: XmlElement): PageFacts {
  const size = child(sect, 'w:pgSz');
  const margins = child(sect, 'w:pgMar');
  const width = numAttr(size, 'w:w') ?? 0;
  const height = numAttr(size, 'w:h') ?? 0;
  const orient = attr(size, 'w:orient');
  const margin = (side: string): number => Math.abs(numAttr(margins, side) ?? 0);
  return {
    widthTw: width,
    heightTw: height,
    orientation: orient === 'landscape' || (orient === null && width > height) ? 'landscape' : 'portrait',
    marginTopTw: margin('w:top'),
    marginBottomTw: margin('w:bottom'),
    marginLeftTw: margin('w:left'),
    marginRightTw: margin('w:right'),
    titlePage: onOff(child(sect, 'w:titlePg')) ?? false,
    pageNumberStart: numAttr(child(sect, 'w:pgNumType'), 'w:start'),
    breakType: breakType(attr(child(sect, 'w:type'), 'w:val')),
  };
}

const BREAK_TYPES = ['nextPage', 'oddPage', 'evenPage', 'continuous', 'nextColumn'] as const;

function breakType(value: string | null): NonNullable<PageFacts['breakType']> {
  return BREAK_TYPES.find((t) => t === value) ?? 'nextPage';
}

/** Whether a section starting this way starts on a new page. */
export function startsPage(page: PageFacts): boolean {
  return page.breakType !== 'continuous' && page.breakType !== 'nextColumn';
}

/** The header and footer references of a section. */
export function readPartReferences(sect: XmlElement): PartReference[] {
  const refs: PartReference[] = [];
  for (const kind of ['header', 'footer'] as const) {
    for (const ref of childrenNamed(sect, kind === 'header' ? 'w:headerReference' : 'w:footerReference')) {
      const relId = attr(ref, 'r:id');
      const type = attr(ref, 'w:type') ?? 'default';
      if (relId !== null && (type === 'default' || type === 'first' || type === 'even')) {
        refs.push({ kind, type, relId });
      }
    }
  }
  return refs;
}
