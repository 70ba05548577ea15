/**
 * The name a new file gets by default: the document's kind and its trích yếu, folded to ASCII with
 * "-" between words ("Ke-hoach-trien-khai-Chi-thi-25.docx"), so it survives e-mail, USB sticks and
 * the văn thư's folders. Placeholders ("{…}") and punctuation are dropped; the name stays short.
 */
import { kindNameOf } from '../model/kinds';
import { normalizeText, stripDiacritics } from './normalize';

/** At most this many characters before the extension (cut at a word). */
export const FILE_NAME_MAX = 80;

/** Words of a text folded to ASCII letters and digits, placeholders and punctuation removed. */
function asciiWords(text: string): string[] {
  return stripDiacritics(normalizeText(text).replace(/\{[^}]*\}/gu, ' '))
    .replace(/\bV\/v\b/giu, ' ')
    .split(/[^A-Za-z0-9]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The default file name (without folder) for a document of this kind and trích yếu, with the
 * extension ("docx", "kehoach"). A trích yếu that already starts with the kind's words is not doubled.
 */
export function defaultFileName(kind: string, summary: string | null, extension: string): string {
  const kindWords = asciiWords(kindNameOf(kind));
  let rest = asciiWords(summary ?? '');
  const lowerKind = kindWords.map((w) => w.toLowerCase());
  if (rest.length >= lowerKind.length && lowerKind.every((w, i) => rest[i]?.toLowerCase() === w)) {
    rest = rest.slice(lowerKind.length);
  }
  let name = kindWords.join('-');
  for (const word of rest) {
    if (name.length + 1 + word.length > FILE_NAME_MAX) {
      break;
    }
    name += `-${word}`;
  }
  return `${name}.${extension}`;
}
