/**
 * The single-pass XML scanner behind parseXml: builds the element tree or returns the reason the
 * text is not well-formed. No DTD support on purpose (a Word part never needs one).
 */
import type { XmlElement, XmlNode } from './xml';


/** Deeper nesting than any real document; bounds the recursion of every tree walker. */
export const MAX_DEPTH = 512;

/** What a budget counts: every element, and paragraphs, runs and table cells by their WordprocessingML names. */
export type CountedKind = 'elements' | 'paragraphs' | 'runs' | 'cells';

/**
 * How many elements the parts of one package may still hold; shared by every part read, decremented while
 * scanning, so a package of tiny empty paragraphs (5 million `<w:p/>` in 52 KB) is refused at the cap
 * instead of being built into a tree.
 */
export type ElementBudget = Record<CountedKind, number>;

/** The scan stopped because a budget ran out. */
export type ScanOverflow = { readonly over: CountedKind };

const COUNTED: Readonly<Record<string, CountedKind>> = { 'w:p': 'paragraphs', 'w:r': 'runs', 'w:tc': 'cells' };

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;

/** Replaces the five XML entities and character references; anything else is kept as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) {
    return raw;
  }
  return raw.replace(ENTITY, (whole, body: string) => {
    if (body.charAt(0) !== '#') {
      return NAMED[body] ?? whole;
    }
    const code = body.charAt(1) === 'x' || body.charAt(1) === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Text is kept inside text-bearing elements (w:t, a:t, w:instrText …); whitespace elsewhere is layout. */
function keepsSpace(name: string): boolean {
  const local = name.slice(name.indexOf(':') + 1);
  return local === 't' || local === 'instrText' || local === 'delText';
}

/**
 * What the tree shares to keep a fresh process's garbage collector light (a part's tree lives for the whole
 * read, so each of its objects is copied by every young-generation collection until it is promoted): an
 * element with no attribute gets one frozen empty record, a self-closing element one frozen empty child list
 * (in a document.xml about half the elements close themselves and a third have no attribute).
 */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * One attribute inside a start tag's attribute text: name, then the value in either quote. The name takes no
 * character String.prototype.trim would remove, so it is the name readStartTag would read.
 */
const ATTR = /([^\s=/>]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute text (already matched by START_TAG), as readStartTag reads them. */
function parseAttrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m !== null; m = ATTR.exec(raw)) {
    const name = m[1] as string;
    // A "__proto__" attribute would replace the object's prototype: no Word part uses one.
    if (name !== '__proto__') {
      out[name] = decodeEntities(m[2] ?? m[3] ?? '');
    }
  }
  return out;
}

/**
 * An element of the tree. Its attributes are kept as the start tag's raw attribute text and parsed on first
 * read: most elements of a document.xml are never asked for an attribute (or only once), and not building a
 * record per element up front saves a fresh, interpreted process (the CLI's) about a third of the scan.
 */
class Element implements XmlElement {
  readonly name: string;
  readonly children: XmlNode[];
  private raw: string;
  private parsed: Readonly<Record<string, string>> | null;

  constructor(name: string, raw: string, parsed: Readonly<Record<string, string>> | null, children: XmlNode[]) {
    this.name = name;
    this.children = children;
    this.raw = raw;
    this.parsed = parsed;
  }

  get attrs(): Readonly<Record<string, string>> {
    if (this.parsed === null) {
      this.parsed = parseAttrs(this.raw);
      this.raw = '';
    }
    return this.parsed;
  }
}

/**
 * The usual start tag, whole: name, then attributes each after XML whitespace with its value quoted, then
 * ">" or "/>". Whatever it does not match (end of text, attributes with no space between them, odd names…)
 * goes to readStartTag, which reads it the same way or says why it is broken.
 */
const START_TAG = /<([^ \t\r\n/>]+)((?:[ \t\r\n]+[^\s=/>]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*'))*)[ \t\r\n]*(\/?)>/y;

/** Where the last start tag read ended, and whether it closed itself (readStartTag's second and third results). */
let tagNext = 0;
let tagSelfClosing = false;

/** Reads a start tag at `lt` (the "<"); returns the element (its end and self-closing in tagNext, tagSelfClosing) or why it is broken. */
function readStartTag(text: string, lt: number): Element | string {
  START_TAG.lastIndex = lt;
  const m = START_TAG.exec(text);
  if (m !== null) {
    tagNext = START_TAG.lastIndex;
    tagSelfClosing = m[3] === '/';
    const raw = m[2] as string;
    return new Element(m[1] as string, raw, raw === '' ? NO_ATTRS : null, tagSelfClosing ? NO_CHILDREN : []);
  }
  return readStartTagSlowly(text, lt);
}

/** readStartTag for what START_TAG does not match: reads it character by character, or says why it is broken. */
function readStartTagSlowly(text: string, lt: number): Element | string {
  let i = lt + 1;
  const n = text.length;
  for (let c = text.charCodeAt(i); i < n && !isSpace(c) && c !== 62 && c !== 47; c = text.charCodeAt(i)) {
    i += 1;
  }
  if (i === lt + 1) {
    return 'thẻ không có tên';
  }
  const name = text.slice(lt + 1, i);
  let attrs: Record<string, string> | null = null;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) {
      i += 1;
    }
    const c = text.charCodeAt(i);
    if (c === 62) {
      tagNext = i + 1;
      tagSelfClosing = false;
      return new Element(name, '', attrs ?? NO_ATTRS, []);
    }
    if (c === 47 && text.charCodeAt(i + 1) === 62) {
      tagNext = i + 2;
      tagSelfClosing = true;
      return new Element(name, '', attrs ?? NO_ATTRS, NO_CHILDREN);
    }
    const eq = text.indexOf('=', i);
    if (i >= n || eq < 0) {
      return `thẻ <${name}> không đóng`;
    }
    const attrName = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(text.charCodeAt(q))) {
      q += 1;
    }
    const quote = text.charCodeAt(q);
    const close = quote === 34 || quote === 39 ? text.indexOf(quote === 34 ? '"' : "'", q + 1) : -1;
    if (attrName === '' || close < 0) {
      return `thuộc tính hỏng trong thẻ <${name}>`;
    }
    // A "__proto__" attribute would replace the object's prototype: no Word part uses one.
    if (attrName !== '__proto__') {
      const value = decodeEntities(text.slice(q + 1, close));
      attrs ??= {};
      attrs[attrName] = value;
    }
    i = close + 1;
  }
}

/** Skips a comment, CDATA section or processing instruction at `lt`; returns [next index, CDATA text or null]. */
function skipSpecial(text: string, lt: number): [number, string | null] | string {
  if (text.startsWith('<!--', lt)) {
    const close = text.indexOf('-->', lt + 4);
    return close < 0 ? 'chú thích không đóng' : [close + 3, null];
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const close = text.indexOf(']]>', lt + 9);
    return close < 0 ? 'CDATA không đóng' : [close + 3, text.slice(lt + 9, close)];
  }
  if (text.charCodeAt(lt + 1) === 63) {
    const close = text.indexOf('?>', lt + 2);
    return close < 0 ? 'chỉ thị xử lý không đóng' : [close + 2, null];
  }
  return 'khai báo không được hỗ trợ';
}

/**
 * Parses a whole part: its root element, the reason it is not well-formed (Vietnamese), or the budget it overran.
 * `careful` reads every start tag character by character, without START_TAG (tests compare the two ways).
 */
export function scanXml(text: string, budget?: ElementBudget, careful = false): XmlElement | string | ScanOverflow {
  const stack: Element[] = [];
  let root: Element | null = null;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    const top = stack[stack.length - 1];
    if (end > i) {
      const raw = text.slice(i, end);
      if (top && (keepsSpace(top.name) || raw.trim() !== '')) {
        top.children.push({ name: '#text', text: decodeEntities(raw) });
      } else if (!top && raw.trim() !== '') {
        return 'có chữ nằm ngoài phần tử gốc';
      }
    }
    if (lt < 0) {
      break;
    }
    const c = text.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      const skipped = skipSpecial(text, lt);
      if (typeof skipped === 'string') {
        return skipped;
      }
      if (skipped[1] !== null && top) {
        top.children.push({ name: '#text', text: skipped[1] });
      }
      i = skipped[0];
    } else if (c === 47) {
      const close = text.indexOf('>', lt + 2);
      const name = close < 0 ? '' : text.slice(lt + 2, close).trim();
      const open = stack.pop();
      if (!open || open.name !== name) {
        return `thẻ đóng </${name}> không khớp`;
      }
      root = stack.length === 0 ? open : root;
      i = close + 1;
    } else {
      const el = careful ? readStartTagSlowly(text, lt) : readStartTag(text, lt);
      if (typeof el === 'string') {
        return el;
      }
      if (stack.length === 0 && root !== null) {
        return 'có hơn một phần tử gốc';
      }
      if (stack.length >= MAX_DEPTH) {
        return 'lồng nhau quá sâu';
      }
      if (budget) {
        const counted = COUNTED[el.name];
        budget.elements -= 1;
        if (counted !== undefined) {
          budget[counted] -= 1;
        }
        if (budget.elements < 0 || (counted !== undefined && budget[counted] < 0)) {
          return { over: budget.elements < 0 ? 'elements' : (counted as CountedKind) };
        }
      }
      (top ?? null)?.children.push(el);
      if (tagSelfClosing) {
        root = stack.length === 0 ? el : root;
      } else {
        stack.push(el);
      }
      i = tagNext;
    }
  }
  if (stack.length > 0) {
    return `thẻ <${stack[stack.length - 1]?.name ?? ''}> không đóng`;
  }
  return root ?? 'không có phần tử gốc';
}
