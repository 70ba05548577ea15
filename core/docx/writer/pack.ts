/**
 * Packing a docx Document into .docx bytes. By default the docx library zips it (Packer.toArrayBuffer, fflate
 * in JavaScript). A host with a native deflate (the command's and the worker's Node zlib) registers it with
 * useRawDeflater: the library's compiler then only gives the parts, and zip-writer.ts zips them, ~15 ms less
 * of a one-page export in a fresh process. Anything unexpected on that path falls back to the library's own.
 */
import { Packer, type Document } from 'docx';
import { partBytes, zipParts, type RawDeflater } from './zip-writer';

/** A part given in place of the library's (docProps/core.xml), as Packer's `overrides` take it. */
export type PartOverride = { readonly path: string; readonly data: string };

let hostDeflater: RawDeflater | null = null;

/** Lets writeDocx and writeReportDocx zip with the host's deflate; null puts the docx library's zip back. */
export function useRawDeflater(deflater: RawDeflater | null): void {
  hostDeflater = deflater;
}

/**
 * `Packer.compiler`, the library's Compiler: private (not in its .d.ts), so reached by a narrowed look-up.
 * docx is pinned to an exact version; the shape is checked anyway so an upgrade that moves it falls back.
 */
type PartCompiler = { compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): unknown };

function partCompiler(): PartCompiler | null {
  const compiler: unknown = (Packer as unknown as { readonly compiler?: unknown }).compiler;
  if (typeof compiler !== 'object' || compiler === null) {
    return null;
  }
  return typeof (compiler as { readonly compile?: unknown }).compile === 'function' ? (compiler as PartCompiler) : null;
}

/** The compiler's Map of path → text or bytes as byte parts in its order, or null for any other shape. */
function asParts(value: unknown): [string, Uint8Array][] | null {
  if (!(value instanceof Map)) {
    return null;
  }
  const parts: [string, Uint8Array][] = [];
  for (const [path, data] of value as Map<unknown, unknown>) {
    if (typeof path !== 'string' || !(typeof data === 'string' || ArrayBuffer.isView(data) || data instanceof ArrayBuffer)) {
      return null;
    }
    parts.push([path, partBytes(data)]);
  }
  return parts;
}

/** The package zipped by zip-writer.ts with the host's deflate, or null when the library's parts are out of reach. */
function zipWithHost(file: Document, overrides: readonly PartOverride[], deflater: RawDeflater): Uint8Array | null {
  const compiler = partCompiler();
  if (compiler === null) {
    return null;
  }
  try {
    // Packer.toArrayBuffer(file, false, …) compiles with prettify undefined (no indentation) too.
    const parts = asParts(compiler.compile(file, undefined, overrides));
    return parts === null || parts.length === 0 ? null : zipParts(parts, deflater);
  } catch {
    return null;
  }
}

/** The .docx bytes of a docx Document, with `overrides` replacing the library's parts of the same path. */
export async function packDocument(file: Document, overrides: readonly PartOverride[]): Promise<Uint8Array> {
  const packed = hostDeflater === null ? null : zipWithHost(file, overrides, hostDeflater);
  return packed ?? new Uint8Array(await Packer.toArrayBuffer(file, false, overrides));
}
