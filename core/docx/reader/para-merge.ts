/**
 * Layering paragraph properties: later layers win, and a first-line indent and a hanging indent
 * exclude each other (w:ind firstLine / hanging, ECMA-376 Part 1, §17.3.1.12).
 */
import type { ParaProps } from './props';

/**
 * Layers b over a: values set (not undefined) in b win. Written out key by key (in the order of ParaProps):
 * a loop over the keys with computed property access costs several times more in the command line's
 * interpreted run, and this runs several times for every paragraph.
 */
export function mergeParaProps(a: ParaProps, b: ParaProps): ParaProps {
  const out: { -readonly [K in keyof ParaProps]: ParaProps[K] } = { ...a };
  if (b.alignment !== undefined) {
    out.alignment = b.alignment;
  }
  if (b.firstLineTw !== undefined) {
    out.firstLineTw = b.firstLineTw;
  }
  if (b.hangingTw !== undefined) {
    out.hangingTw = b.hangingTw;
  }
  if (b.leftTw !== undefined) {
    out.leftTw = b.leftTw;
  }
  if (b.rightTw !== undefined) {
    out.rightTw = b.rightTw;
  }
  if (b.spacingBeforeTw !== undefined) {
    out.spacingBeforeTw = b.spacingBeforeTw;
  }
  if (b.spacingAfterTw !== undefined) {
    out.spacingAfterTw = b.spacingAfterTw;
  }
  if (b.line !== undefined) {
    out.line = b.line;
  }
  if (b.lineRule !== undefined) {
    out.lineRule = b.lineRule;
  }
  if (b.bottomBorder !== undefined) {
    out.bottomBorder = b.bottomBorder;
  }
  if (b.numId !== undefined) {
    out.numId = b.numId;
  }
  if (b.numLevel !== undefined) {
    out.numLevel = b.numLevel;
  }
  if (b.pageBreakBefore !== undefined) {
    out.pageBreakBefore = b.pageBreakBefore;
  }
  // Setting undefined rather than deleting keeps the object's shape (deleting is slow in V8).
  if (b.hangingTw !== undefined && b.firstLineTw === undefined) {
    out.firstLineTw = undefined;
  }
  if (b.firstLineTw !== undefined && b.hangingTw === undefined) {
    out.hangingTw = undefined;
  }
  return out;
}
