/**
 * The end of one document: the signer block (TM. / KT. / TL. / TUQ. / Q., title, name) and the
 * Nơi nhận list, in either order or side by side. Lines that are neither are handed back.
 */
import type { AuthorityPrefix, Recipient, Recipients, Signature, SourceRef } from '../../model/plan-document';
import { isPersonName, isSignedNote, isSignerTitle, isSignerTitleAnyCase, LineKind, splitAuthority } from './classify';
import type { Para } from './import-line';
import { opensAppendix } from './appendix-lines';
import { parseMarker } from './markers';

/** What the footer reader found; `stray` lines belong to neither part. */
export type FooterRead = {
  readonly signature: Signature | null;
  readonly recipients: Recipients | null;
  readonly stray: readonly Para[];
  /** Where the appendices begin (the end of the lines when there are none). */
  readonly next: number;
};

type SignerDraft = {
  onBehalfOf: string | null;
  authority: AuthorityPrefix | null;
  headTitle: string | null;
  titles: string[];
  name: string | null;
  nameSource: SourceRef | null;
  lines: SourceRef[];
  /** Every authority and title line, prefixes as meant ("T/M." read as "TM."), top to bottom. */
  chain: string[];
  /** False once the block cannot be held by the fields (two "KT."/"TL." lines, a prefix under a title …). */
  fits: boolean;
};

const CAPS_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,5}$/u;

function recipientOf(p: Para, text: string): Recipient {
  const marker = parseMarker(text);
  const bullet = marker?.kind === 'bullet' ? marker : null;
  const body = bullet ? text.slice(bullet.length) : text;
  return { text: body.replace(/\s*[;.]$/u, '').trim(), depth: bullet?.marker === '+' ? 1 : 0, source: p.source };
}

function continueRecipient(item: Recipient, p: Para): Recipient {
  const text = `${item.text} ${p.text}`.replace(/\s*[;.]$/u, '');
  return { ...item, text, source: { line: item.source?.line ?? p.source.line, text: `${item.source?.text ?? ''}\n${p.source.text}` } };
}

function signerStarted(s: SignerDraft): boolean {
  return s.lines.length > 0;
}

/** Takes an authority line ("TM. …", "KT. …", "TL. …"); a second one of its kind, or one under a title, makes a chain. */
function addAuthority(s: SignerDraft, p: Para, prefix: string, rest: string): void {
  if (prefix === 'TM.') {
    if (s.onBehalfOf !== null || s.authority !== null || s.titles.length > 0) {
      s.fits = false;
    } else {
      s.onBehalfOf = rest;
    }
  } else if (s.authority !== null || s.titles.length > 0) {
    s.fits = false;
  } else {
    s.authority = prefix as AuthorityPrefix;
    s.headTitle = rest;
  }
  s.chain.push(`${prefix} ${rest}`);
  s.lines.push(p.source);
}

/** Adds a line to the signer block when it belongs there; false otherwise. */
function addSignerLine(s: SignerDraft, p: Para): boolean {
  const authority = splitAuthority(p.text);
  if (authority && s.name === null) {
    addAuthority(s, p, authority[0], authority[1]);
    return true;
  }
  const caps = p.kind === LineKind.CAPS;
  const capsName = caps && signerStarted(s) && p.blankBefore && !isSignerTitle(p.text) && CAPS_NAME.test(p.text);
  // "Phó Chủ Tịch" right under "KT. CHỦ TỊCH" is the title, not a name, even with every word capitalized.
  const titleFirst = s.titles.length === 0 && isSignerTitleAnyCase(p.text);
  const name = (isPersonName(p.text) && !titleFirst) || capsName;
  if (s.name === null && name && (signerStarted(s) || p.cell === 'right')) {
    s.name = p.text;
    s.nameSource = p.source;
    return true;
  }
  const titleInCase = !caps && signerStarted(s) && s.titles.length === 0 && isSignerTitleAnyCase(p.text);
  if (s.name === null && (titleInCase || (caps && (isSignerTitle(p.text) || signerStarted(s) || p.cell === 'right')))) {
    s.titles.push(p.text);
    s.chain.push(p.text);
    s.lines.push(p.source);
    return true;
  }
  if (s.name === null && signerStarted(s) && isSignedNote(p.text)) {
    s.lines.push(p.source);
    return true;
  }
  return false;
}

function finishSigner(s: SignerDraft): Signature | null {
  if (!signerStarted(s) && s.name === null) {
    return null;
  }
  // In a chain the signer's own title is the last line; the fields keep the first prefixes they could hold.
  const ownTitle = s.fits ? s.titles.join(' ') : (s.titles[s.titles.length - 1] ?? '');
  const signature: Signature = {
    onBehalfOf: s.onBehalfOf,
    authority: s.authority,
    headTitle: s.headTitle,
    signerTitle: ownTitle !== '' ? ownTitle : null,
    name: s.name,
    sourceLines: s.lines,
    ...(s.fits ? {} : { chain: s.chain }),
  };
  return s.nameSource ? { ...signature, nameSource: s.nameSource } : signature;
}

/** Reads signer and recipients from `start` to the end of the document's lines. */
export function readFooter(paras: readonly Para[], start: number): FooterRead {
  const signer: SignerDraft = {
    onBehalfOf: null, authority: null, headTitle: null, titles: [], name: null, nameSource: null, lines: [], chain: [], fits: true,
  };
  const items: Recipient[] = [];
  let heading: SourceRef | null = null;
  const stray: Para[] = [];
  let next = paras.length;
  for (let i = start; i < paras.length; i += 1) {
    const p = paras[i] as Para;
    // The phụ lục begin after the signer block: their lines are never recipients nor a new signer.
    const archived = items.some((item) => /^Lưu\b/iu.test(item.text));
    if (i > start && opensAppendix(paras, i, signer.name !== null, archived)) {
      // A short phrase just before, left by both blocks, is the appendix's title ("Danh mục nhiệm vụ").
      const before = paras[i - 1];
      const titled = before !== undefined && stray[stray.length - 1] === before && before.text.length <= 200 && !/[.;:,]$/u.test(before.text);
      if (titled) {
        stray.pop();
      }
      next = titled ? i - 1 : i;
      break;
    }
    if (p.kind === LineKind.SEPARATOR) {
      continue;
    }
    if (p.kind === LineKind.RECIPIENTS && heading === null) {
      heading = p.source;
      const rest = p.text.replace(/^Nơi nhận\s*[:.]?\s*/iu, '');
      if (rest !== '') {
        items.push(recipientOf(p, rest));
      }
      continue;
    }
    const last = items[items.length - 1];
    // An entry broken over two lines: the first part has no closing ";" or "." yet.
    const open = last !== undefined && !/[;.:]$/u.test(last.source?.text.trimEnd() ?? ';') && p.kind === LineKind.TEXT;
    const listed = p.cell === 'left' || (heading !== null && (p.kind === LineKind.BULLET || /[;.]$/u.test(p.text) || open));
    if (p.cell !== 'left' && addSignerLine(signer, p)) {
      continue;
    }
    if (listed && open && last) {
      items[items.length - 1] = continueRecipient(last, p);
    } else if (listed) {
      items.push(recipientOf(p, p.text));
    } else {
      stray.push(p);
    }
  }
  const recipients = heading !== null || items.length > 0 ? { items, ...(heading ? { headingSource: heading } : {}) } : null;
  return { signature: finishSigner(signer), recipients, stray, next };
}
