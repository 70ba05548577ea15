/**
 * Text that XML 1.0 can carry: imported files may hold control characters that would corrupt a part.
 */

/** Text safe for XML 1.0: tabs become spaces, other control characters and lone surrogates are dropped. */
export function xmlSafe(text: string): string {
  return text
    .replace(/\t/gu, ' ')
    // Control characters are exactly what this removes: XML 1.0 forbids them in w:t.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '');
}
