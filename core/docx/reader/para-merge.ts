/**
 * Layering paragraph properties: later layers win, and a first-line indent and a hanging indent
 * exclude each other (w:ind firstLine / hanging, ECMA-376 Part 1, §17.3.1.12).
 */
import type { ParaProps } from './props';

/** Layers b over a. */
export function mergeParaProps(a: ParaProps, b: ParaProps): ParaProps {
  const merged: { -readonly [K in keyof ParaProps]: ParaProps[K] } = { ...a, ...b };
  if (b.hangingTw !== undefined && b.firstLineTw === undefined) {
    delete merged.firstLineTw;
  }
  if (b.firstLineTw !== undefined && b.hangingTw === undefined) {
    delete merged.hangingTw;
  }
  return merged;
}
