/**
 * The end of one document: the signer block (TM. / KT. / TL. / TUQ. / Q., title, name) and the
 * Nơi nhận list, in either order or side by side. Lines that are neither are handed back.
 */
import type { AuthorityPrefix, Recipient, Recipients, Signature, SourceRef } from '../../model/plan-document';
import { isPersonName, isSignedNote, isSignerTitle, isSignerTitleAnyCase, LineKind, splitAuthority } from './classify';
import type { Para } from './import-line';
import { parseMarker } from './markers';

/** What the footer reader found; `stray` lines belong to neither part. */
export type FooterRead = {
  readonly signature: Signature | null;
  readonly recipients: Recipients | null;
  readonly stray: readonly Para[];
};

type SignerDraft = {
  onBehalfOf: string | null;
  authority: AuthorityPrefix | null;
  headTitle: string | null;
  titles: string[];
  name: string | null;
  nameSource: SourceRef | null;
  lines: SourceRef[];
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

/** Adds a line to the signer block when it belongs there; false otherwise. */
function addSignerLine(s: SignerDraft, p: Para): boolean {
  const authority = splitAuthority(p.text);
  const taken = authority && (authority[0] === 'TM.' ? s.onBehalfOf !== null : s.authority !== null);
  if (authority && !taken && s.name === null) {
    const [prefix, rest] = authority;
    if (prefix === 'TM.') {
      s.onBehalfOf = rest;
    } else {
      s.authority = prefix as AuthorityPrefix;
      s.headTitle = rest;
    }
    s.lines.push(p.source);
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
  const signature: Signature = {
    onBehalfOf: s.onBehalfOf,
    authority: s.authority,
    headTitle: s.headTitle,
    signerTitle: s.titles.length > 0 ? s.titles.join(' ') : null,
    name: s.name,
    sourceLines: s.lines,
  };
  return s.nameSource ? { ...signature, nameSource: s.nameSource } : signature;
}

/** Reads signer and recipients from `start` to the end of the document's lines. */
export function readFooter(paras: readonly Para[], start: number): FooterRead {
  const signer: SignerDraft = { onBehalfOf: null, authority: null, headTitle: null, titles: [], name: null, nameSource: null, lines: [] };
  const items: Recipient[] = [];
  let heading: SourceRef | null = null;
  const stray: Para[] = [];
  for (const p of paras.slice(start)) {
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
  return { signature: finishSigner(signer), recipients, stray };
}
