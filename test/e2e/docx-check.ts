/**
 * Reads an exported .docx with python-docx (Debian's /usr/bin/python3) into its paragraph texts,
 * table cells included, and its first section's page size. Without python-docx it reads the XML itself (texts
 * and w:pgSz), so no check passes for want of a reader; in CI (where .ci/run installs python3-docx) a missing
 * python-docx is an error, not a fallback.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';

const SCRIPT = `
import docx, json, sys
d = docx.Document(sys.argv[1])
out = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        for cell in row.cells:
            out.extend(p.text for p in cell.paragraphs)
s = d.sections[0]
print(json.dumps({"texts": out, "page": [s.page_width.mm if s.page_width else None, s.page_height.mm if s.page_height else None]}))
`;

export type DocxText = { readonly texts: readonly string[]; readonly page: readonly (number | null)[]; readonly via: 'python-docx' | 'xml' };

function hasPythonDocx(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import docx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Twips to millimetres (1 mm = 1440 / 25.4 twips). */
const mm = (twips: string | undefined): number | null => (twips === undefined ? null : (Number(twips) * 25.4) / 1440);

/** The texts of a .docx, validated by python-docx when available; in CI python-docx must be there. */
export async function readDocx(path: string): Promise<DocxText> {
  if (existsSync('/usr/bin/python3') && hasPythonDocx()) {
    const json = execFileSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8' });
    return { ...(JSON.parse(json) as { texts: string[]; page: number[] }), via: 'python-docx' };
  }
  if (process.env['CI']) {
    throw new Error('python3-docx is not installed: the export checks read the .docx with it in CI (.ci/run installs python3-docx).');
  }
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const size = /<w:pgSz\b[^>]*>/.exec(xml)?.[0] ?? '';
  const page = [mm(/w:w="(\d+)"/.exec(size)?.[1]), mm(/w:h="(\d+)"/.exec(size)?.[1])];
  return { texts, page, via: 'xml' };
}
