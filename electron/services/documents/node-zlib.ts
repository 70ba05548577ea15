/**
 * Node's zlib for the .docx reader and writer of the command's bundles and the hosts' document worker: the reader's inflater (core/docx/reader
 * useRawInflater) and the writer's deflater (core/docx useRawDeflater, given by nodeDeflater). Native code
 * inflates or deflates a part in a fraction of the time fflate takes in a fresh process. zlib is loaded at the
 * first part read or written, so a check of a .txt never loads it. Only types come from the writer's barrel:
 * the check bundle, which imports this module for the inflater, stays without the docx library.
 */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import type { RawDeflater } from '@core/docx';
import { useRawInflater } from '@core/docx/reader';

let zlib: typeof Zlib | undefined;

function nodeZlib(): typeof Zlib {
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib;
  return zlib;
}

export function useNodeInflater(): void {
  useRawInflater((data, maxOutput) => nodeZlib().inflateRawSync(data, { maxOutputLength: maxOutput }));
}

/**
 * zlib's raw deflate (level 6, as fflate's default) and CRC-32, for useRawDeflater; `jsCrc32` (core's) where
 * zlib.crc32 is missing. It is a parameter so that this module takes no value from the writer's barrel.
 */
export function nodeDeflater(jsCrc32: (bytes: Uint8Array) => number): RawDeflater {
  return {
    deflateRaw: (bytes) => nodeZlib().deflateRawSync(bytes),
    crc32: (bytes) => {
      const z = nodeZlib();
      return typeof z.crc32 === 'function' ? z.crc32(bytes) : jsCrc32(bytes);
    },
  };
}
