/**
 * Opening lines: a "Căn cứ …" line states a legal basis and is set in italic (PL I, Mục II, khoản 6.a);
 * "Thực hiện …" and the sentence that introduces the body are not. One test for the writer and the page.
 */

/** True for a căn cứ line ("Căn cứ Luật …;"), whatever its case or leading spaces. */
export function isBasisLine(text: string): boolean {
  return /^\s*căn cứ(?![\p{L}\p{N}])/iu.test(text);
}
