/**
 * Test helper: unzip a .docx and normalize its XML parts for goldens: pretty-printed, dcterms dates
 * stripped, relationship ids renumbered in order of appearance.
 */
import JSZip from 'jszip';

/** The text of every part of a .docx, by path. */
export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file) {
      parts.set(name, await file.async('string'));
    }
  }
  return parts;
}

/** One tag or text per line, indented by depth; an element holding only text stays on one line. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const pad = '  '.repeat(depth);
    if (token.startsWith('<?')) {
      lines.push(token);
    } else if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<') && token.endsWith('/>')) {
      lines.push(pad + token);
    } else if (token.startsWith('<')) {
      const next = tokens[i + 1] ?? '';
      const after = tokens[i + 2] ?? '';
      if (!next.startsWith('<') && after.startsWith('</')) {
        lines.push(pad + token + next + after);
        i += 2;
      } else {
        lines.push(pad + token);
        depth += 1;
      }
    } else if (token.trim() !== '') {
      lines.push(pad + token);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Drops dcterms:created/modified values and renumbers r:id / Id="rId…" in order of appearance. */
export function normalizeXml(xml: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string): string => {
    if (!ids.has(id)) {
      ids.set(id, `rId${ids.size + 1}`);
    }
    return ids.get(id) ?? id;
  };
  return xml
    .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, '$1…$3')
    .replace(/\b(r:id|r:embed|Id)="([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="${renumber(id)}"`);
}

/** A part, normalized and pretty-printed; throws when the part is missing. */
export function goldenPart(parts: ReadonlyMap<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) {
    throw new Error(`missing part ${path}`);
  }
  return prettyXml(normalizeXml(xml));
}
