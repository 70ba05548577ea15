/**
 * The encoding of a text file's bytes: UTF-8, or UTF-16 (little or big endian) with or without a
 * byte-order mark. Windows Notepad's "Unicode" and some exporters write UTF-16; without a mark it used
 * to fail the UTF-8 decoder and be blamed on TCVN3/VNI. Pure: bytes in, a name TextDecoder knows out.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many leading bytes the UTF-16 guess looks at. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of code units whose high byte is 0 (ASCII: spaces, digits, unaccented letters) to call it UTF-16. */
const MIN_ASCII_SHARE = 0.2;
/** Share of code units whose low byte is 0: in real UTF-16 text it is near nothing (U+xx00 is rare). */
const MAX_LOW_ZERO_SHARE = 0.05;

/**
 * The encoding to decode a text file with: the byte-order mark when there is one (TextDecoder drops it);
 * else UTF-16 when the zero bytes say so (UTF-8 text never holds a 0 byte, while UTF-16 text of
 * Vietnamese has one in every ASCII code unit, always on the same side); else UTF-8.
 */
export function textEncodingOf(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return 'utf-8';
  }
  return guessUtf16(bytes) ?? 'utf-8';
}

/** 'utf-16le' or 'utf-16be' when the bytes look like BOM-less UTF-16, else null. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4 || bytes.length % 2 !== 0) {
    return null;
  }
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) {
      evenZeros += 1;
    }
    if (bytes[i + 1] === 0) {
      oddZeros += 1;
    }
  }
  const units = length / 2;
  // LE: the high byte (odd offset) is 0 for ASCII; BE: the even one.
  if (oddZeros / units >= MIN_ASCII_SHARE && evenZeros / units <= MAX_LOW_ZERO_SHARE) {
    return 'utf-16le';
  }
  if (evenZeros / units >= MIN_ASCII_SHARE && oddZeros / units <= MAX_LOW_ZERO_SHARE) {
    return 'utf-16be';
  }
  return null;
}
