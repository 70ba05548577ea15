/**
 * Layering paragraph properties: later layers win, and a first-line indent and a hanging indent
 * exclude each other (w:ind firstLine / hanging, ECMA-376 Part 1, §17.3.1.12).
 */
import type { ParaProps } from './props';

const KEYS = [
  'alignment', 'firstLineTw', 'hangingTw', 'leftTw', 'rightTw', 'spacingBeforeTw', 'spacingAfterTw', 'line', 'lineRule', 'bottomBorder', 'numId', 'numLevel', 'pageBreakBefore',
] as const;

/** Layers b over a: values set (not undefined) in b win. */
export function mergeParaProps(a: ParaProps, b: ParaProps): ParaProps {
  const out: Record<string, unknown> = { ...a };
  for (const key of KEYS) {
    if (b[key] !== undefined) {
      out[key] = b[key];
    }
  }
  // Setting undefined rather than deleting keeps the object's shape (deleting is slow in V8).
  if (b.hangingTw !== undefined && b.firstLineTw === undefined) {
    out.firstLineTw = undefined;
  }
  if (b.firstLineTw !== undefined && b.hangingTw === undefined) {
    out.hangingTw = undefined;
  }
  return out as ParaProps;
}
