/**
 * Node's zlib as the .docx reader's inflater (core/docx/reader useRawInflater), for the bundles that read
 * Word files: native code inflates a part in a fraction of the time fflate takes in a fresh process.
 * zlib is loaded at the first part inflated, so a check of a .txt never loads it.
 */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { useRawInflater } from '@core/docx/reader';

let zlib: typeof Zlib | undefined;

export function useNodeInflater(): void {
  useRawInflater((data, maxOutput) => {
    zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib;
    return zlib.inflateRawSync(data, { maxOutputLength: maxOutput });
  });
}
