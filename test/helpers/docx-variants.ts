/**
 * Variants of real Word files as other offices would build the same document: each variant is one CLASS of
 * Word feature (automatic numbering, soft breaks, text boxes, a bottom border for the Quốc hiệu line, tabs
 * instead of a table, heading styles, fields and content controls, tracked changes and inline wrappers,
 * odd characters, a header with a different first page). A variant rewrites word/document.xml (and the
 * parts it needs) by plain text edits on balanced elements, so that nothing else of the file changes.
 *
 * Each variant returns null when the file has nothing it applies to (no table for "letterhead in text
 * boxes", no typed label for "automatic numbering", …).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

/** One element found in the XML: where it starts and ends (end exclusive) and its source. */
export type Span = { readonly start: number; readonly end: number; readonly xml: string };

const XML_ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
}

export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every element `name` (w:p, w:tbl, w:tc, w:r …) in document order, nested ones too, with balanced ends. */
export function spans(xml: string, name: string): Span[] {
  const open = new RegExp(`<${name}(?=[\\s>/])[^>]*?(/?)>|</${name}>`, 'g');
  const out: Span[] = [];
  const stack: number[] = [];
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    if (m[0].startsWith('</')) {
      const start = stack.pop();
      if (start !== undefined) {
        out.push({ start, end: m.index + m[0].length, xml: xml.slice(start, m.index + m[0].length) });
      }
    } else if (m[1] === '/') {
      out.push({ start: m.index, end: m.index + m[0].length, xml: m[0] });
    } else {
      stack.push(m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Direct children named `name` of an element's source (nested ones of the same name left out). */
export function topSpans(xml: string, name: string): Span[] {
  const all = spans(xml, name);
  return all.filter((s) => !all.some((o) => o !== s && o.start <= s.start && s.end <= o.end));
}

/** The text Word shows of a piece of XML: its w:t, tabs as spaces. */
export function textOfXml(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
    out += m[1] === undefined ? ' ' : decodeXml(m[1]);
  }
  return out;
}

/** Applies non-overlapping edits (each a span and what replaces it). */
export function edit(xml: string, edits: readonly { readonly start: number; readonly end: number; readonly text: string }[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

export function openDocx(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

export function saveDocx(parts: Parts): Uint8Array {
  return zipSync(parts);
}

export function part(parts: Parts, name: string): string | null {
  const data = parts[name];
  return data === undefined ? null : strFromU8(data);
}

function withPart(parts: Parts, name: string, xml: string): Parts {
  return { ...parts, [name]: strToU8(xml) };
}

const DOC = 'word/document.xml';

/** A paragraph outside any table or text box (the body's own paragraphs). */
export function bodyParagraphs(xml: string): Span[] {
  const fences = [...spans(xml, 'w:tbl'), ...spans(xml, 'w:txbxContent')];
  return spans(xml, 'w:p').filter((p) => !fences.some((f) => f.start < p.start && p.end <= f.end));
}

/** Inserts `inner` into a paragraph's w:pPr (created when missing), after w:pStyle when there is one. */
export function addToPPr(p: string, inner: string): string {
  const pPr = /<w:pPr>|<w:pPr\/>/.exec(p);
  if (pPr === null) {
    return p.replace(/^(<w:p(?:\s[^>]*)?>)/, `$1<w:pPr>${inner}</w:pPr>`);
  }
  if (pPr[0] === '<w:pPr/>') {
    return p.replace('<w:pPr/>', `<w:pPr>${inner}</w:pPr>`);
  }
  const style = /<w:pStyle [^>]*\/>/.exec(p);
  if (style !== null && style.index > pPr.index) {
    return p.slice(0, style.index + style[0].length) + inner + p.slice(style.index + style[0].length);
  }
  return p.slice(0, pPr.index + pPr[0].length) + inner + p.slice(pPr.index + pPr[0].length);
}

/** Removes the first `count` characters of a paragraph's text (spread over its w:t elements). */
export function dropLeadingText(p: string, count: number): string {
  let left = count;
  return p.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (whole, open: string, body: string, close: string) => {
    if (left <= 0) {
      return whole;
    }
    const text = decodeXml(body);
    const cut = Math.min(left, text.length);
    left -= cut;
    return `${open.startsWith('<w:t ') ? open : '<w:t xml:space="preserve">'}${encodeXml(text.slice(cut))}${close}`;
  });
}

/** Rewrites every w:t text of the XML. */
export function mapText(xml: string, f: (text: string) => string): string {
  return xml.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (_w, open: string, body: string, close: string) => {
    const open2 = open.startsWith('<w:t ') ? open : '<w:t xml:space="preserve">';
    return `${open2}${encodeXml(f(decodeXml(body)))}${close}`;
  });
}

/** The runs of a paragraph (its content after w:pPr). */
function paragraphContent(p: string): { head: string; content: string; tail: string } {
  const openEnd = p.indexOf('>') + 1;
  if (p.endsWith('/>') && !p.includes('</w:p>')) {
    return { head: `${p.slice(0, -2)}>`, content: '', tail: '</w:p>' };
  }
  const pPr = spans(p, 'w:pPr')[0];
  const from = pPr !== undefined && pPr.start === openEnd ? pPr.end : openEnd;
  return { head: p.slice(0, from), content: p.slice(from, p.length - '</w:p>'.length), tail: '</w:p>' };
}

// ---------------------------------------------------------------------------------------------------------
// (a) Automatic numbering instead of typed labels

type ListFormat = { readonly fmt: string; readonly text: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A typed label at the head of a body paragraph: its format, value and length (with the space after). */
function typedLabel(text: string): { format: ListFormat; value: number; length: number } | null {
  const roman = /^([IVX]+)\.\s+/.exec(text);
  if (roman?.[1] && ROMAN.includes(roman[1])) {
    return { format: { fmt: 'upperRoman', text: '%1.' }, value: ROMAN.indexOf(roman[1]) + 1, length: roman[0].length };
  }
  const decimal = /^(\d{1,2})\.\s+/.exec(text);
  if (decimal?.[1]) {
    return { format: { fmt: 'decimal', text: '%1.' }, value: Number(decimal[1]), length: decimal[0].length };
  }
  const letter = /^([a-z])\)\s+/u.exec(text);
  if (letter?.[1]) {
    return { format: { fmt: 'lowerLetter', text: '%1)' }, value: letter[1].charCodeAt(0) - 96, length: letter[0].length };
  }
  const dash = /^[-–]\s+/.exec(text);
  if (dash) {
    return { format: { fmt: 'bullet', text: '-' }, value: 1, length: dash[0].length };
  }
  return null;
}

/**
 * Typed labels "I.", "1.", "a)" and "- " of the body's paragraphs become Word's automatic numbering
 * (w:numPr → numbering.xml), one list per format; a label that does not follow the one before (a new
 * "1." under the next part, or a number skipped) restarts its list at that value as Word's "Set
 * numbering value" does. Word's lowerLetter counts a b c d e: a Vietnamese "đ)" is not one of its labels
 * and stays typed.
 */
export function autoNumbering(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const nums: string[] = [];
  const abstracts: string[] = [];
  const last = new Map<string, { numId: number; value: number; ind: string | null }>();
  let nextId = 9001;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const p of bodyParagraphs(xml)) {
    const text = textOfXml(p.xml);
    const label = typedLabel(text);
    // "đ)" is no Word lowerLetter label: it stays typed, and the "e)" after it restarts a list at "e".
    if (label === null) {
      continue;
    }
    const prev = last.get(label.format.fmt);
    // The paragraph's indentation moves into the list level when it has one and the list is new (Word's
    // "Adjust List Indents"); later paragraphs of the list with the same indentation drop theirs too.
    const ind = /<w:ind [^>]*\/>/.exec(spans(p.xml, 'w:pPr')[0]?.xml ?? '')?.[0] ?? null;
    let numId: number;
    let paragraph = p.xml;
    if (prev && (label.format.fmt === 'bullet' || label.value === prev.value + 1)) {
      numId = prev.numId;
      if (ind !== null && ind === prev.ind) {
        paragraph = paragraph.replace(ind, '');
      }
    } else {
      numId = nextId++;
      const abstractId = numId;
      const levelInd = ind === null ? '' : `<w:pPr>${ind}</w:pPr>`;
      if (ind !== null) {
        paragraph = paragraph.replace(ind, '');
      }
      const level = `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${label.format.fmt}"/><w:lvlText w:val="${label.format.text}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>${levelInd}</w:lvl>`;
      abstracts.push(`<w:abstractNum w:abstractNumId="${abstractId}"><w:multiLevelType w:val="singleLevel"/>${level}</w:abstractNum>`);
      nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${label.value}"/></w:lvlOverride></w:num>`);
    }
    last.set(label.format.fmt, { numId, value: label.value, ind: prev && prev.numId === numId ? prev.ind : ind });
    const numbered = addToPPr(dropLeadingText(paragraph, label.length), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
    edits.push({ start: p.start, end: p.end, text: numbered });
  }
  if (edits.length === 0) {
    return null;
  }
  let out = withPart(parts, DOC, edit(xml, edits));
  const numbering = part(out, 'word/numbering.xml');
  if (numbering === null) {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    out = withPart(out, 'word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${ns}>${abstracts.join('')}${nums.join('')}</w:numbering>`);
    const types = part(out, '[Content_Types].xml') ?? '';
    out = withPart(out, '[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'));
    const rels = part(out, 'word/_rels/document.xml.rels') ?? '';
    out = withPart(out, 'word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVariantNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'));
    return out;
  }
  const firstNum = /<w:num [^>]*>/.exec(numbering);
  const withAbstracts = firstNum ? numbering.slice(0, firstNum.index) + abstracts.join('') + numbering.slice(firstNum.index) : numbering.replace('</w:numbering>', `${abstracts.join('')}</w:numbering>`);
  return withPart(out, 'word/numbering.xml', withAbstracts.replace('</w:numbering>', `${nums.join('')}</w:numbering>`));
}

/**
 * "I.", "1." and "a)" headings as ONE multilevel list (levels 0, 1, 2, each restarting under the one above)
 * attached to paragraph styles (the style's w:numPr, as Word's "Link level to style" does); "- " items stay
 * typed. Applies only when the typed labels are what Word would count (else null).
 */
export function multilevelStyleNumbering(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  const styles = part(parts, 'word/styles.xml');
  if (xml === null || styles === null) {
    return null;
  }
  const levelOf: Readonly<Record<string, number>> = { upperRoman: 0, decimal: 1, lowerLetter: 2 };
  const counts: number[] = [0, 0, 0];
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<string>();
  for (const p of bodyParagraphs(xml)) {
    const label = typedLabel(textOfXml(p.xml));
    const level = label === null ? undefined : levelOf[label.format.fmt];
    if (!label || level === undefined) {
      continue;
    }
    counts[level] = (counts[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < 3; deeper += 1) {
      counts[deeper] = 0;
    }
    if (counts[level] !== label.value) {
      return null;
    }
    const base = /<w:pStyle w:val="([^"]+)"\/>/.exec(p.xml)?.[1] ?? '';
    const id = `VariantList${level}x${base}`;
    used.add(`${id}|${base}|${level}`);
    let out = dropLeadingText(p.xml, label.length);
    out = base === '' ? addToPPr(out, `<w:pStyle w:val="${id}"/>`) : out.replace(`<w:pStyle w:val="${base}"/>`, `<w:pStyle w:val="${id}"/>`);
    edits.push({ start: p.start, end: p.end, text: out });
  }
  if (edits.length === 0) {
    return null;
  }
  const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="([^"]+)"/.exec(styles)?.[1] ?? /<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*w:default="1"/.exec(styles)?.[1] ?? '';
  const defs = [...used].map((key) => {
    const [id, base, level] = key.split('|');
    const basedOn = (base ?? '') || normal;
    return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn === '' ? '' : `<w:basedOn w:val="${basedOn}"/>`}<w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="9501"/></w:numPr></w:pPr></w:style>`;
  });
  const lvl = (i: number, fmt: string, text: string): string =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>`;
  const abstract = `<w:abstractNum w:abstractNumId="9501"><w:multiLevelType w:val="multilevel"/>${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>`;
  const num = '<w:num w:numId="9501"><w:abstractNumId w:val="9501"/></w:num>';
  let out = withPart(withPart(parts, DOC, edit(xml, edits)), 'word/styles.xml', styles.replace('</w:styles>', `${defs.join('')}</w:styles>`));
  const numbering = part(out, 'word/numbering.xml');
  if (numbering === null) {
    return null;
  }
  const firstNum = /<w:num [^>]*>/.exec(numbering);
  const withAbstract = firstNum ? numbering.slice(0, firstNum.index) + abstract + numbering.slice(firstNum.index) : numbering.replace('</w:numbering>', `${abstract}</w:numbering>`);
  out = withPart(out, 'word/numbering.xml', withAbstract.replace('</w:numbering>', `${num}</w:numbering>`));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// (b) Soft line breaks instead of separate paragraphs

/** Joins paragraphs into the first one's paragraph, their runs parted by a soft break (w:br). */
function joinWithBreaks(paragraphs: readonly string[]): string {
  const first = paragraphContent(paragraphs[0] ?? '<w:p></w:p>');
  const rest = paragraphs.slice(1).map((p) => paragraphContent(p).content);
  return `${first.head}${[first.content, ...rest].join('<w:r><w:br/></w:r>')}${first.tail}`;
}

/**
 * Every cell of the layout tables (letterhead, signer and Nơi nhận) whose lines are separate paragraphs
 * holds them as one paragraph with soft line breaks (Shift+Enter), as many offices type them.
 */
export function softBreaksInCells(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const tables = topSpans(xml, 'w:tbl');
  const layout = tables.filter((t, i) => i === 0 || /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml)));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const t of layout) {
    for (const cell of spans(t.xml, 'w:tc')) {
      if (spans(cell.xml, 'w:tbl').length > 0) {
        continue;
      }
      // Empty paragraphs go, except those anchoring a drawn line (it stays where it was drawn).
      const ps = topSpans(cell.xml, 'w:p').filter((p) => textOfXml(p.xml).trim() !== '' || /<w:drawing>|<w:pict>|<mc:AlternateContent>/.test(p.xml));
      if (ps.length < 2) {
        continue;
      }
      const all = topSpans(cell.xml, 'w:p');
      const first = all[0];
      const lastP = all[all.length - 1];
      if (!first || !lastP) {
        continue;
      }
      const joined = joinWithBreaks(ps.map((p) => p.xml));
      edits.push({ start: t.start + cell.start + first.start, end: t.start + cell.start + lastP.end, text: joined });
    }
  }
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

/**
 * The type name and the trích yếu under it ("KẾ HOẠCH" / "Triển khai …") as one centred paragraph with a
 * soft break, and a trích yếu of several lines as one paragraph.
 */
export function softBreaksInTitle(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const body = bodyParagraphs(xml);
  const at = body.findIndex((p) => /^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO|CHƯƠNG TRÌNH)$/u.test(textOfXml(p.xml).trim().normalize('NFC')));
  if (at < 0) {
    return null;
  }
  const group = [body[at]];
  for (let i = at + 1; i < body.length; i += 1) {
    const p = body[i];
    const prev = group[group.length - 1];
    if (!p || !prev || textOfXml(p.xml).trim() === '' || xml.slice(prev.end, p.start).trim() !== '') {
      break;
    }
    // The trích yếu: centred bold lines right under the type name.
    if (!/<w:jc w:val="center"\/>/.test(p.xml) || /^(Căn cứ|Thực hiện|Kính gửi)/u.test(textOfXml(p.xml).trim())) {
      break;
    }
    group.push(p);
  }
  const spansOf = group.filter((s): s is Span => s !== undefined);
  const first = spansOf[0];
  const lastP = spansOf[spansOf.length - 1];
  if (spansOf.length < 2 || !first || !lastP) {
    return null;
  }
  return withPart(parts, DOC, edit(xml, [{ start: first.start, end: lastP.end, text: joinWithBreaks(spansOf.map((s) => s.xml)) }]));
}

// ---------------------------------------------------------------------------------------------------------
// (c) Letterhead or signer block in text boxes

function cellsOfRowSpans(row: string): Span[] {
  return topSpans(row, 'w:tc');
}

/** A text box (mc:AlternateContent with a DrawingML choice and a VML fallback, as Word writes it) holding paragraphs. */
function textBox(paragraphs: string, id: number, leftPt: number, widthPt: number): string {
  const wps = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${leftPt * 12700}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${widthPt * 12700}" cy="1000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${widthPt * 12700}" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml = `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box ${id}" o:spid="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:${leftPt}pt;margin-top:0;width:${widthPt}pt;height:78pt;z-index:${id}" filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${wps}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

/** The left and right columns of a layout table: the cells' paragraphs, row by row. */
function tableColumns(tbl: string): { left: string[]; right: string[] } | null {
  const left: string[] = [];
  const right: string[] = [];
  for (const row of topSpans(tbl, 'w:tr')) {
    const cells = cellsOfRowSpans(row.xml).filter((c) => textOfXml(c.xml).trim() !== '');
    if (cells.length > 2 || spans(row.xml, 'w:tbl').length > 0) {
      return null;
    }
    const [a, b] = cells;
    if (a && b) {
      left.push(...topSpans(a.xml, 'w:p').map((p) => p.xml));
      right.push(...topSpans(b.xml, 'w:p').map((p) => p.xml));
    } else if (a) {
      const middle = cellsOfRowSpans(row.xml).indexOf(a) < cellsOfRowSpans(row.xml).length / 2;
      (middle ? left : right).push(...topSpans(a.xml, 'w:p').map((p) => p.xml));
    }
  }
  return left.length > 0 || right.length > 0 ? { left, right } : null;
}

function boxesFor(tbl: Span, id: number): string | null {
  const cols = tableColumns(tbl.xml);
  if (cols === null || cols.left.length === 0 || cols.right.length === 0) {
    return null;
  }
  return `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${textBox(cols.left.join(''), id, 0, 200)}${textBox(cols.right.join(''), id + 1, 210, 270)}</w:p><w:p/><w:p/><w:p/><w:p/>`;
}

/** The letterhead table (agency | Quốc hiệu, Số | place-date) replaced by two text boxes anchored in one paragraph. */
export function letterheadInTextBoxes(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  const tbl = xml === null ? undefined : topSpans(xml, 'w:tbl')[0];
  if (xml === null || !tbl || !/CỘNG H/u.test(textOfXml(tbl.xml).normalize('NFC'))) {
    return null;
  }
  const boxes = boxesFor(tbl, 5001);
  return boxes === null ? null : withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: boxes }]));
}

/** The Nơi nhận | signer table replaced by two text boxes anchored in one paragraph. */
export function signerInTextBoxes(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const tbl = topSpans(xml, 'w:tbl').find((t) => /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml).normalize('NFC')));
  if (!tbl) {
    return null;
  }
  const boxes = boxesFor(tbl, 5101);
  return boxes === null ? null : withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: boxes }]));
}

// ---------------------------------------------------------------------------------------------------------
// (d) The Quốc hiệu line drawn with a bottom border instead of an underline or a shape

const MOTTO = /Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u;

/** The motto's underline (w:u) becomes a bottom border of its paragraph (the line Word draws under it). */
export function mottoBottomBorder(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const ps = spans(xml, 'w:p');
  const motto = ps.find((p) => MOTTO.test(textOfXml(p.xml).normalize('NFC')));
  if (!motto) {
    return null;
  }
  // Shapes anchored in the paragraph stay: Word anchors other lines of the letterhead there too.
  let p = motto.xml.replace(/<w:u [^>]*\/>/g, '');
  p = addToPPr(p, '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>');
  return withPart(parts, DOC, edit(xml, [{ start: motto.start, end: motto.end, text: p }]));
}

// ---------------------------------------------------------------------------------------------------------
// (e) Tabs instead of a table between "Số:" and the place-date

/**
 * The letterhead row holding "Số: …" and "…, ngày … tháng … năm …" leaves the table: one paragraph after
 * it holds the number, a tab stop and the place-date (lines under "Số", such as "V/v …", follow as
 * paragraphs of their own).
 */
export function numberDateTabs(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  const tbl = xml === null ? undefined : topSpans(xml, 'w:tbl')[0];
  if (xml === null || !tbl) {
    return null;
  }
  const rows = topSpans(tbl.xml, 'w:tr');
  const row = rows.find((r) => /Số\s*:/u.test(textOfXml(r.xml).normalize('NFC')) && /ngày/u.test(textOfXml(r.xml).normalize('NFC')));
  if (!row || rows.length < 2) {
    return null;
  }
  const cells = cellsOfRowSpans(row.xml).filter((c) => textOfXml(c.xml).trim() !== '');
  const [a, b] = cells;
  if (!a || !b || cells.length !== 2) {
    return null;
  }
  const leftPs = topSpans(a.xml, 'w:p').filter((p) => textOfXml(p.xml).trim() !== '').map((p) => p.xml);
  const rightPs = topSpans(b.xml, 'w:p').filter((p) => textOfXml(p.xml).trim() !== '').map((p) => p.xml);
  const numberAt = leftPs.findIndex((p) => /Số\s*:/u.test(textOfXml(p).normalize('NFC')));
  const dateAt = rightPs.findIndex((p) => /ngày/u.test(textOfXml(p).normalize('NFC')));
  const numberP = leftPs[numberAt];
  const dateP = rightPs[dateAt];
  if (!numberP || !dateP) {
    return null;
  }
  const n = paragraphContent(numberP);
  const d = paragraphContent(dateP);
  const head = '<w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs><w:spacing w:before="120" w:after="0"/></w:pPr>';
  const line = `${head}${n.content}<w:r><w:tab/></w:r>${d.content}</w:p>`;
  const others = [...leftPs.slice(0, numberAt), ...leftPs.slice(numberAt + 1), ...rightPs.slice(0, dateAt), ...rightPs.slice(dateAt + 1)];
  const newTable = tbl.xml.slice(0, row.start) + tbl.xml.slice(row.end);
  return withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: newTable + line + others.join('') }]));
}

/** A two-column layout table as paragraphs: line i of the left column, a tab, line i of the right one. */
function tableAsTabLines(tbl: Span): string | null {
  const cols = tableColumns(tbl.xml);
  if (cols === null || cols.left.length === 0 || cols.right.length === 0) {
    return null;
  }
  // Lines with text; a paragraph holding only a drawn line joins the line above (the shape stays anchored there).
  const keep = (ps: readonly string[]): { content: string; style: string }[] => {
    const out: { content: string; style: string }[] = [];
    for (const p of ps) {
      const content = paragraphContent(p).content;
      const last = out[out.length - 1];
      if (textOfXml(p).trim() !== '') {
        out.push({ content, style: /<w:pStyle [^>]*\/>/.exec(p)?.[0] ?? '' });
      } else if (last && /<w:drawing>|<w:pict>|<mc:AlternateContent>/.test(p)) {
        last.content += content;
      }
    }
    return out;
  };
  const left = keep(cols.left);
  const right = keep(cols.right);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const l = left[i];
    const r = right[i];
    const head = `<w:p><w:pPr>${l?.style || r?.style || ''}<w:tabs><w:tab w:val="center" w:pos="6800"/></w:tabs><w:spacing w:before="0" w:after="0"/></w:pPr>`;
    lines.push(`${head}${l?.content ?? ''}<w:r><w:tab/></w:r>${r?.content ?? ''}</w:p>`);
  }
  return lines.join('');
}

/** The whole letterhead table as tab-separated lines ("UBND TỈNH X⇥CỘNG HÒA …", "Số: …⇥…, ngày …"). */
export function letterheadTabs(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  const tbl = xml === null ? undefined : topSpans(xml, 'w:tbl')[0];
  if (xml === null || !tbl || !/CỘNG H/u.test(textOfXml(tbl.xml).normalize('NFC'))) {
    return null;
  }
  const lines = tableAsTabLines(tbl);
  return lines === null ? null : withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: lines }]));
}

/** The Nơi nhận | signer table as tab-separated lines ("Nơi nhận:⇥KT. GIÁM ĐỐC", "- Như trên;⇥PHÓ GIÁM ĐỐC" …). */
export function signerTabs(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const tbl = topSpans(xml, 'w:tbl').find((t) => /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml).normalize('NFC')));
  const lines = tbl ? tableAsTabLines(tbl) : null;
  return !tbl || lines === null ? null : withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: lines }]));
}

// ---------------------------------------------------------------------------------------------------------
// (f) Headings styled through w:pStyle

/**
 * Bold body paragraphs (headings, the type name, the trích yếu) take their bold from a paragraph style
 * (Heading1 for lines in capitals, Heading2 for the others) instead of from their runs.
 */
export function headingStyles(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  const styles = part(parts, 'word/styles.xml');
  if (xml === null || styles === null) {
    return null;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  // A heading style per style the paragraph had (based on it, so that everything else stays as it was).
  const made = new Map<string, string>();
  for (const p of bodyParagraphs(xml)) {
    const text = textOfXml(p.xml).trim();
    if (text === '') {
      continue;
    }
    const runs = spans(p.xml, 'w:r').filter((r) => textOfXml(r.xml).trim() !== '');
    if (runs.length === 0 || !runs.every((r) => /<w:b\/>|<w:b w:val="(1|true|on)"\/>/.test(r.xml))) {
      continue;
    }
    const base = /<w:pStyle w:val="([^"]+)"\/>/.exec(p.xml)?.[1] ?? null;
    // A paragraph with no w:pStyle has the default paragraph style: its heading style is based on that one.
    const level = text === text.toLocaleUpperCase('vi') ? 1 : 2;
    const key = `${base ?? ''}|${level}`;
    const id = made.get(key) ?? `VariantHeading${level}x${made.size}`;
    made.set(key, id);
    let out = p.xml.replace(/<w:b\/>|<w:b w:val="(1|true|on)"\/>|<w:bCs\/>/g, '');
    out = base === null ? addToPPr(out, `<w:pStyle w:val="${id}"/>`) : out.replace(`<w:pStyle w:val="${base}"/>`, `<w:pStyle w:val="${id}"/>`);
    edits.push({ start: p.start, end: p.end, text: out });
  }
  if (edits.length === 0) {
    return null;
  }
  const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="([^"]+)"/.exec(styles)?.[1] ?? /<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*w:default="1"/.exec(styles)?.[1] ?? '';
  const defs = [...made].map(([key, id]) => {
    const base = key.split('|')[0] || normal;
    const basedOn = base === '' ? '' : `<w:basedOn w:val="${base}"/>`;
    return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn}<w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`;
  });
  return withPart(withPart(parts, DOC, edit(xml, edits)), 'word/styles.xml', styles.replace('</w:styles>', `${defs.join('')}</w:styles>`));
}

// ---------------------------------------------------------------------------------------------------------
// (g) Fields and content controls holding text

/** Wraps a paragraph's runs in a complex field whose cached result is the runs themselves. */
function inField(p: string, instr: string): string {
  const { head, content, tail } = paragraphContent(p);
  const begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${encodeXml(instr)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
  return `${head}${begin}${content}<w:r><w:fldChar w:fldCharType="end"/></w:r>${tail}`;
}

/**
 * The place-date line is a DATE field (w:fldChar with its cached result), the signer's name a
 * MERGEFIELD (w:fldSimple), the trích yếu and the Nơi nhận lines sit in content controls (w:sdt, inline
 * and block), as a form-built document has them.
 */
export function fieldsAndControls(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const ps = spans(xml, 'w:p').filter((p) => !/<w:txbxContent>/.test(p.xml));
  const edits: { start: number; end: number; text: string }[] = [];
  const date = ps.find((p) => /ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}/u.test(textOfXml(p.xml).normalize('NFC')));
  if (date) {
    edits.push({ start: date.start, end: date.end, text: inField(date.xml, 'DATE \\@ "\'ngày\' d \'tháng\' M \'năm\' yyyy"') });
  }
  // The signer's name: the last non-empty paragraph of the table holding Nơi nhận, right column.
  const tbl = topSpans(xml, 'w:tbl').find((t) => /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml).normalize('NFC')));
  if (tbl) {
    const cells = spans(tbl.xml, 'w:tc');
    const right = cells[cells.length - 1];
    const named = right ? topSpans(right.xml, 'w:p').filter((p) => textOfXml(p.xml).trim() !== '') : [];
    const name = named[named.length - 1];
    if (right && name) {
      const { head, content, tail } = paragraphContent(name.xml);
      const at = tbl.start + right.start + name.start;
      edits.push({ start: at, end: at + name.xml.length, text: `${head}<w:fldSimple w:instr=" MERGEFIELD NguoiKy \\* MERGEFORMAT ">${content}</w:fldSimple>${tail}` });
    }
  }
  // The trích yếu: the first centred body paragraph after the type name, in an inline content control.
  const body = bodyParagraphs(xml);
  const typeAt = body.findIndex((p) => /^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO)$/u.test(textOfXml(p.xml).trim().normalize('NFC')));
  const summary = typeAt >= 0 ? body[typeAt + 1] : undefined;
  if (summary && textOfXml(summary.xml).trim() !== '' && !edits.some((e) => e.start === summary.start)) {
    const { head, content, tail } = paragraphContent(summary.xml);
    edits.push({ start: summary.start, end: summary.end, text: `${head}<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/><w:tag w:val="trichyeu"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>${tail}` });
  }
  if (edits.length === 0) {
    return null;
  }
  let out = edit(xml, edits);
  // The letterhead table inside a block-level content control.
  const first = topSpans(out, 'w:tbl')[0];
  if (first) {
    out = edit(out, [{ start: first.start, end: first.end, text: `<w:sdt><w:sdtPr><w:tag w:val="letterhead"/></w:sdtPr><w:sdtContent>${first.xml}</w:sdtContent></w:sdt>` }]);
  }
  return withPart(parts, DOC, out);
}

// ---------------------------------------------------------------------------------------------------------
// (h) Tracked changes and inline wrappers

/**
 * In every paragraph with text: the runs are wrapped by turns in an insertion (w:ins), a smart tag
 * (w:smartTag), a custom XML element (w:customXml) and a hyperlink (w:hyperlink), and a deletion
 * (w:del with w:delText) is put before the first run. Read with the changes accepted, the text is the same.
 */
export function trackedChangesAndWrappers(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const wraps = [
    (r: string) => `<w:ins w:id="9${r.length}" w:author="Văn thư" w:date="2026-01-05T09:00:00Z">${r}</w:ins>`,
    (r: string) => `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${r}</w:smartTag>`,
    (r: string) => `<w:customXml w:element="field">${r}</w:customXml>`,
    (r: string) => `<w:hyperlink w:history="1" w:anchor="_top">${r}</w:hyperlink>`,
  ];
  const edits: { start: number; end: number; text: string }[] = [];
  let turn = 0;
  for (const p of spans(xml, 'w:p')) {
    if (/<w:txbxContent>|<w:fldChar|<w:fldSimple|<w:hyperlink|<w:ins |<w:del /.test(p.xml) || textOfXml(p.xml).trim() === '') {
      continue;
    }
    const { head, content, tail } = paragraphContent(p.xml);
    const runs = topSpans(content, 'w:r');
    if (runs.length === 0) {
      continue;
    }
    const firstRun = runs[0];
    const rPr = firstRun ? (spans(firstRun.xml, 'w:rPr')[0]?.xml ?? '') : '';
    const deletion = `<w:del w:id="8${turn}" w:author="Văn thư" w:date="2026-01-05T09:00:00Z"><w:r>${rPr}<w:delText xml:space="preserve">XÓA BỎ </w:delText></w:r></w:del>`;
    const rewritten = edit(
      content,
      runs.map((r) => ({ start: r.start, end: r.end, text: textOfXml(r.xml) === '' ? r.xml : (wraps[turn++ % wraps.length] ?? ((x: string) => x))(r.xml) })),
    );
    edits.push({ start: p.start, end: p.end, text: `${head}${deletion}${rewritten}${tail}` });
  }
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

const DELETED_MARK = '<w:del w:id="7001" w:author="Văn thư" w:date="2026-01-05T09:00:00Z"/>';

/** A paragraph whose mark is deleted under tracked changes (w:pPr/w:rPr/w:del): accepted, it joins the next one. */
export function withDeletedMark(p: string): string {
  const pPr = spans(p, 'w:pPr')[0];
  const rPr = pPr ? topSpans(pPr.xml.slice(pPr.xml.indexOf('>') + 1), 'w:rPr')[0] : undefined;
  if (pPr && rPr) {
    const at = pPr.start + pPr.xml.indexOf('>') + 1 + rPr.start;
    const inner = rPr.xml.endsWith('/>') ? `<w:rPr>${DELETED_MARK}</w:rPr>` : rPr.xml.replace(/^<w:rPr>/, `<w:rPr>${DELETED_MARK}`);
    return p.slice(0, at) + inner + p.slice(at + rPr.xml.length);
  }
  if (pPr && !pPr.xml.endsWith('/>')) {
    return p.slice(0, pPr.end - '</w:pPr>'.length) + `<w:rPr>${DELETED_MARK}</w:rPr>` + p.slice(pPr.end - '</w:pPr>'.length);
  }
  return addToPPr(p.replace('<w:pPr/>', ''), `<w:rPr>${DELETED_MARK}</w:rPr>`);
}

/** Every body paragraph of two runs or more split in two between its runs, the first half's mark deleted (the text as Word shows it is the original's). */
export function splitWithDeletedMarks(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const p of bodyParagraphs(xml)) {
    if (/<w:txbxContent>|<w:fldChar|<w:fldSimple|<w:sectPr|<w:del /.test(p.xml)) {
      continue;
    }
    const { head, content, tail } = paragraphContent(p.xml);
    const runs = topSpans(content, 'w:r').filter((r) => textOfXml(r.xml).trim() !== '');
    const cut = runs[Math.floor(runs.length / 2)];
    if (runs.length < 2 || !cut) {
      continue;
    }
    const first = withDeletedMark(`${head}${content.slice(0, cut.start)}${tail}`);
    edits.push({ start: p.start, end: p.end, text: `${first}${head}${content.slice(cut.start)}${tail}` });
  }
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

/** The mark between the first two non-empty body paragraphs that follow each other deleted: accepted, they are one paragraph. */
export function joinWithDeletedMark(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const body = bodyParagraphs(xml);
  for (let i = 0; i + 1 < body.length; i += 1) {
    const a = body[i];
    const b = body[i + 1];
    if (a && b && xml.slice(a.end, b.start).trim() === '' && textOfXml(a.xml).trim() !== '' && textOfXml(b.xml).trim() !== '' && !/<w:sectPr|<w:txbxContent>/.test(a.xml)) {
      return withPart(parts, DOC, edit(xml, [{ start: a.start, end: a.end, text: withDeletedMark(a.xml) }]));
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// (i) Characters: NBSP, zero-width, decomposed text, "Ð" for "Đ"

/** Spaces of the letterhead, signer and Nơi nhận tables become NBSP; a zero-width space and a BOM start every text. */
export function nbspAndZeroWidth(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const tables = topSpans(xml, 'w:tbl').filter((t, i) => i === 0 || /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml)));
  let out = edit(xml, tables.map((t) => ({ start: t.start, end: t.end, text: mapText(t.xml, (s) => s.replace(/ /g, '\u00a0')) })));
  let n = 0;
  out = mapText(out, (s) => (s.trim() === '' ? s : `${n++ % 2 === 0 ? '\u200b' : '\ufeff'}${s}`));
  return withPart(parts, DOC, out);
}

/** Every text decomposed (NFD), as text pasted from a Mac or a web page can be. */
export function decomposedText(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  return xml === null ? null : withPart(parts, DOC, mapText(xml, (s) => s.normalize('NFD')));
}

/** "Đ" typed as "Ð" (U+00D0, Icelandic eth), as some keyboards and converters produce it. */
export function ethForDyet(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null || !/Đ/u.test(xml)) {
    return null;
  }
  return withPart(parts, DOC, mapText(xml, (s) => s.replace(/Đ/g, '\u00d0')));
}

/** A leading "-" or "•" of the body's paragraphs drawn with w:sym (Symbol F02D, F0B7), as lists typed with Insert › Symbol are. */
export function symbolCharacters(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const p of bodyParagraphs(xml)) {
    const lead = /^[-•]/u.exec(textOfXml(p.xml));
    if (lead === null || /<w:txbxContent>|<w:fldChar|<w:fldSimple/.test(p.xml)) {
      continue;
    }
    const { head, content, tail } = paragraphContent(dropLeadingText(p.xml, 1));
    const firstRun = topSpans(content, 'w:r')[0];
    const rPr = firstRun ? (spans(firstRun.xml, 'w:rPr')[0]?.xml ?? '') : '';
    const sym = `<w:r>${rPr}<w:sym w:font="Symbol" w:char="${lead[0] === '-' ? 'F02D' : 'F0B7'}"/></w:r>`;
    edits.push({ start: p.start, end: p.end, text: `${head}${sym}${content}${tail}` });
  }
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

const TCVN3_CODES = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const TCVN3_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TO_TCVN3 = new Map(Array.from(TCVN3_UNICODE, (u, i) => [u, TCVN3_CODES.charAt(i)] as const));

/** One character in TCVN3: in ".VnTime" when it has a code there, else (an accented capital) in ".VnTimeH" as its small letter. */
function tcvn3Char(ch: string): { font: string; code: string } {
  const direct = TO_TCVN3.get(ch);
  if (direct !== undefined || /^[\x20-\x7e]$/.test(ch)) {
    return { font: '.VnTime', code: direct ?? ch };
  }
  const small = ch.toLocaleLowerCase('vi');
  const code = TO_TCVN3.get(small);
  return code === undefined ? { font: '.VnTime', code: ch } : { font: '.VnTimeH', code };
}

/**
 * The whole text in the TCVN3 (ABC) encoding with its fonts, as documents typed before Unicode are: every run
 * in ".VnTime", the accented capitals it cannot hold in ".VnTimeH" (whose glyphs are all capitals).
 */
export function tcvn3Text(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const runs = spans(xml, 'w:r').filter((r) => /<w:t[ >]/.test(r.xml) && !/<w:r[ >][\s\S]*<w:r[ >]/.test(r.xml.slice(1)));
  const edits = runs.map((r) => {
    const rPr = (spans(r.xml, 'w:rPr')[0]?.xml ?? '<w:rPr></w:rPr>').replace(/<w:rFonts [^>]*\/>/, '');
    const withFont = (font: string): string => rPr.replace(/^<w:rPr>|^<w:rPr\/>/, `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>`) + (rPr === '<w:rPr/>' ? '</w:rPr>' : '');
    const encodeText = (raw: string): string => {
      const pieces: { font: string; text: string }[] = [];
      for (const ch of raw.normalize('NFC')) {
        const { font, code } = tcvn3Char(ch);
        const last = pieces[pieces.length - 1];
        if (last && last.font === font) {
          last.text += code;
        } else {
          pieces.push({ font, text: code });
        }
      }
      return pieces.map((x) => `<w:r>${withFont(x.font)}<w:t xml:space="preserve">${encodeXml(x.text)}</w:t></w:r>`).join('');
    };
    // Each child of the run in order: text re-encoded, breaks, tabs and the rest kept in runs of their own.
    const rPrSpan = spans(r.xml, 'w:rPr')[0];
    const inner = r.xml.slice(rPrSpan ? rPrSpan.end : r.xml.indexOf('>') + 1, r.xml.length - '</w:r>'.length);
    let text = '';
    for (const m of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<[^>]+\/>|<([\w:]+)[^>]*>[\s\S]*?<\/\2>/g)) {
      text += m[1] !== undefined ? encodeText(decodeXml(m[1])) : m[0] === '<w:t/>' ? '' : `<w:r>${withFont('.VnTime')}${m[0]}</w:r>`;
    }
    return { start: r.start, end: r.end, text };
  });
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

// ---------------------------------------------------------------------------------------------------------
// (j) Page numbers in the header with a different first page

/**
 * Every section gets a header with a centred PAGE field (Times New Roman 13) for its pages and an empty
 * one for its first page (w:titlePg): page 1 unnumbered, as the decree wants.
 */
export function titlePagePageNumbers(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const run = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr>';
  const numbered = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${ns}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${run}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${run}<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r>${run}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${run}<w:t>2</w:t></w:r><w:r>${run}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;
  const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${ns}><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:hdr>`;
  const refs = '<w:headerReference w:type="default" r:id="rIdVariantHdrPage"/><w:headerReference w:type="first" r:id="rIdVariantHdrFirst"/>';
  const out = xml.replace(/<w:sectPr(\s[^>]*)?>([\s\S]*?)<\/w:sectPr>/g, (_w, attrs: string | undefined, inner: string) => {
    let body = inner.replace(/<w:headerReference [^>]*\/>/g, '').replace(/<w:titlePg(\s[^>]*)?\/>/g, '');
    // w:titlePg goes after w:pgNumType/w:cols/w:formProt/w:vAlign/w:noEndnote, before w:textDirection…; Word accepts it before w:docGrid.
    body = /<w:docGrid /.test(body) ? body.replace(/<w:docGrid /, '<w:titlePg/><w:docGrid ') : `${body}<w:titlePg/>`;
    return `<w:sectPr${attrs ?? ''}>${refs}${body}</w:sectPr>`;
  });
  let res = withPart(withPart(withPart(parts, DOC, out), 'word/headerVariantPage.xml', numbered), 'word/headerVariantFirst.xml', empty);
  const types = part(res, '[Content_Types].xml') ?? '';
  const hdrType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
  res = withPart(res, '[Content_Types].xml', types.replace('</Types>', `<Override PartName="/word/headerVariantPage.xml" ContentType="${hdrType}"/><Override PartName="/word/headerVariantFirst.xml" ContentType="${hdrType}"/></Types>`));
  const rels = part(res, 'word/_rels/document.xml.rels') ?? '';
  const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
  return withPart(res, 'word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdVariantHdrPage" Type="${relType}" Target="headerVariantPage.xml"/><Relationship Id="rIdVariantHdrFirst" Type="${relType}" Target="headerVariantFirst.xml"/></Relationships>`));
}

// ---------------------------------------------------------------------------------------------------------
// (k) Layout tables that float, and a signer block set in two newspaper columns

/** The letterhead and the Nơi nhận | signer tables made floating (w:tblpPr: positioned, text may wrap around them). */
export function floatingLayoutTables(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const layout = topSpans(xml, 'w:tbl').filter((t) => /CỘNG H|N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml).normalize('NFC')));
  const edits = layout.flatMap((t) => {
    const m = /<w:tblPr>|<w:tblPr\/>/.exec(t.xml);
    if (!m) {
      return [];
    }
    const floating = '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpY="1"/>';
    const text = m[0] === '<w:tblPr/>' ? `<w:tblPr>${floating}</w:tblPr>` : `<w:tblPr>${floating}`;
    return [{ start: t.start + m.index, end: t.start + m.index + m[0].length, text }];
  });
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

/** The document's last section setup: its header and footer references and first-page switch, and its page. */
function lastSection(xml: string): { readonly refs: string; readonly page: string } {
  const body = /<w:sectPr[^>]*>((?:(?!<\/w:sectPr>)[\s\S])*)<\/w:sectPr>\s*<\/w:body>/.exec(xml)?.[1] ?? '';
  const refs = [...body.matchAll(/<w:(?:header|footer)Reference[^>]*\/>/g)].map((m) => m[0]).join('');
  return { refs, page: (/<w:pgSz[^>]*\/>/.exec(body)?.[0] ?? '') + (/<w:pgMar[^>]*\/>/.exec(body)?.[0] ?? '') + (/<w:titlePg(?:\s[^>]*)?\/>/.exec(body)?.[0] ?? '') };
}

/**
 * The Nơi nhận | signer table replaced by a two-column section (continuous section breaks before and after,
 * w:cols w:num="2"): Nơi nhận in the left column, a column break, the signer block in the right one.
 */
export function signerInColumns(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const tbl = topSpans(xml, 'w:tbl').find((t) => /N[ơo]i nh[ậa]n/u.test(textOfXml(t.xml).normalize('NFC')));
  const cols = tbl ? tableColumns(tbl.xml) : null;
  if (!tbl || cols === null || cols.left.length === 0 || cols.right.length === 0) {
    return null;
  }
  // As Word writes a section break: the first section carries the header and footer references (the later
  // ones link to it), and each its page setup.
  const { refs, page } = lastSection(xml);
  const before = `<w:p><w:pPr><w:sectPr>${refs}<w:type w:val="continuous"/>${page}<w:cols w:space="720"/></w:sectPr></w:pPr></w:p>`;
  const after = `<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>${page}<w:cols w:num="2" w:space="284"/></w:sectPr></w:pPr></w:p>`;
  const columnBreak = '<w:p><w:r><w:br w:type="column"/></w:r></w:p>';
  return withPart(parts, DOC, edit(xml, [{ start: tbl.start, end: tbl.end, text: before + cols.left.join('') + columnBreak + cols.right.join('') + after }]));
}

/**
 * Reviewers' comments and footnotes in the body, as a reviewed draft carries them: each text paragraph's runs
 * inside a comment range (w:commentRangeStart/End) with its reference run, and a footnote reference run
 * (superscript, FootnoteReference style) at the end of every third one. Word shows neither comment in the page's
 * text; the footnote's number is a mark, not part of the sentence.
 */
export function commentsAndFootnotes(parts: Parts): Parts | null {
  const xml = part(parts, DOC);
  if (xml === null) {
    return null;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  let turn = 0;
  for (const p of topSpans(xml.slice(xml.indexOf('<w:body>')), 'w:p')) {
    const start = p.start + xml.indexOf('<w:body>');
    if (/<w:txbxContent>|<w:fldChar|<w:fldSimple|<w:sectPr/.test(p.xml) || textOfXml(p.xml).trim() === '') {
      continue;
    }
    const { head, content, tail } = paragraphContent(p.xml);
    const id = 600 + turn;
    const comment = `<w:commentRangeStart w:id="${id}"/>${content}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
    const footnote = turn % 3 === 0 ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>` : '';
    edits.push({ start, end: start + p.xml.length, text: `${head}${comment}${footnote}${tail}` });
    turn += 1;
  }
  return edits.length === 0 ? null : withPart(parts, DOC, edit(xml, edits));
}

/** Every variant by name. */
export const VARIANTS: Readonly<Record<string, (parts: Parts) => Parts | null>> = {
  'a-auto-numbering': autoNumbering,
  'a-multilevel-styles': multilevelStyleNumbering,
  'b-soft-breaks-cells': softBreaksInCells,
  'b-soft-breaks-title': softBreaksInTitle,
  'c-letterhead-text-boxes': letterheadInTextBoxes,
  'c-signer-text-boxes': signerInTextBoxes,
  'd-motto-bottom-border': mottoBottomBorder,
  'e-number-date-tabs': numberDateTabs,
  'e-letterhead-tabs': letterheadTabs,
  'e-signer-tabs': signerTabs,
  'f-heading-styles': headingStyles,
  'g-fields-controls': fieldsAndControls,
  'h-tracked-wrappers': trackedChangesAndWrappers,
  'h-deleted-marks': splitWithDeletedMarks,
  'h-join-deleted-mark': joinWithDeletedMark,
  'i-nbsp-zero-width': nbspAndZeroWidth,
  'i-nfd': decomposedText,
  'i-eth': ethForDyet,
  'i-tcvn3': tcvn3Text,
  'i-symbols': symbolCharacters,
  'j-title-page-numbers': titlePagePageNumbers,
  'k-floating-tables': floatingLayoutTables,
  'k-signer-columns': signerInColumns,
  'k-comments-footnotes': commentsAndFootnotes,
};

/** Applies a variant to the bytes of a .docx; null when it does not apply. */
export function variantOf(bytes: Uint8Array, name: string): Uint8Array | null {
  const f = VARIANTS[name];
  if (!f) {
    throw new Error(`no variant ${name}`);
  }
  const out = f(openDocx(bytes));
  return out === null ? null : saveDocx(out);
}
