/**
 * Theme fonts (word/theme/theme1.xml, DrawingML a:fontScheme): the major (headings) and minor (body)
 * Latin typefaces that w:asciiTheme="minorHAnsi" and friends point at. ECMA-376 Part 1, §20.1.4.1.
 */
import { attr, child, type XmlElement } from './xml';

/** The Latin typefaces of a theme's font scheme. */
export type ThemeFonts = { readonly major: string | null; readonly minor: string | null };

/** No theme part: theme references stay unresolved. */
export const NO_THEME: ThemeFonts = { major: null, minor: null };

/** Reads a:theme/a:themeElements/a:fontScheme. */
export function readThemeFonts(root: XmlElement | null): ThemeFonts {
  const scheme = child(child(root, 'a:themeElements'), 'a:fontScheme');
  const latin = (slot: string): string | null => {
    const face = attr(child(child(scheme, slot), 'a:latin'), 'typeface');
    return face && face.trim() !== '' ? face : null;
  };
  return { major: latin('a:majorFont'), minor: latin('a:minorFont') };
}

/** The typeface a theme reference names ("majorHAnsi" → the major Latin font). */
export function themeFont(theme: ThemeFonts, ref: string): string | null {
  return ref.startsWith('major') ? theme.major : theme.minor;
}
