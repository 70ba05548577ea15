/**
 * Reads an exported .docx with python-docx (Debian's /usr/bin/python3) into its paragraph texts,
 * table cells included; falls back to unzip + XML text when python-docx is missing.
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

/** The texts of a .docx, validated by python-docx when available. */
export async function readDocx(path: string): Promise<DocxText> {
  if (existsSync('/usr/bin/python3') && hasPythonDocx()) {
    const json = execFileSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8' });
    return { ...(JSON.parse(json) as { texts: string[]; page: number[] }), via: 'python-docx' };
  }
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { texts, page: [null, null], via: 'xml' };
}
