/**
 * signature.authority: the authority lines agree with who issues the document (Điều 13; PL I, khoản 7.b):
 * the UBND's own document is signed "TM. ỦY BAN NHÂN DÂN" (+ "KT. CHỦ TỊCH" for a deputy); the Chủ tịch's
 * own carries no "TM."; a deputy's title never stands under the head's title without "KT.".
 * When the issuer is unknown, only the last of these is judged. Chains are read as written (Signature.chain):
 * "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG"; "TM. BAN CHỈ ĐẠO" / "PHÓ TRƯỞNG BAN". A misspelt
 * prefix ("T/M.", "K/T") is reported, and the block is still judged as meant.
 */
import type { Issuer, PlanDocument, Signature } from '../../model/plan-document';
import { signatureLines } from '../../model/signature';
import { runsText } from '../../model/walk';
import { isAllCaps, normalizeText, upper } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { isCollectiveBodyOrUnknown, resolveIssuer } from '../support/issuer';
import { partLocation } from '../support/locate';
import { isDeputyTitle, prefixOf, signerLines, writtenPrefix, type SignerLine } from '../support/signer';
import type { Finding, FixEdit, Rule } from '../types';

function setSignature(sig: Signature, change: Partial<Omit<Extract<FixEdit, { kind: 'set-signature' }>, 'kind'>>): FixEdit {
  return {
    kind: 'set-signature',
    onBehalfOf: sig.onBehalfOf,
    authority: sig.authority,
    headTitle: sig.headTitle,
    signerTitle: sig.signerTitle,
    name: sig.name,
    ...change,
  };
}

function at(line: SignerLine | undefined): ReturnType<typeof partLocation> {
  return partLocation('signature', line?.line, line?.index);
}

/** "T/M.", "K/T", "TM" without its dot: a misspelt prefix is a defect, while the block is still read as meant. */
function misspelt(sig: Signature, lines: readonly SignerLine[]): Finding[] {
  const out: Finding[] = [];
  for (const line of lines) {
    const w = writtenPrefix(line.text);
    if (w && w.written.toUpperCase() !== w.prefix) {
      // The structured fields hold the prefixes as meant: rewriting the block from them fixes the spelling.
      // Offered only when the fields rebuild every line as written (a chain, or fields the reader could not fill, would lose lines).
      const rebuilt = sig.chain && sig.chain.length > 0 ? [] : signatureLines(sig);
      const safe = rebuilt.length === lines.length && rebuilt.some((l) => l.startsWith(w.prefix));
      const fix = safe ? { title: `Sửa thành ${quote(w.prefix)}`, edit: setSignature(sig, {}) } : undefined;
      out.push(finding(signatureAuthority, `Viết sai ký hiệu thẩm quyền ký ${quote(w.written)} trong dòng ${quote(line.text)} — viết đúng ${quote(w.prefix)} (chữ in hoa, có dấu chấm, không có dấu "/").`, at(line), fix ? { fix } : {}));
    }
  }
  return out;
}

/** "TM. BAN CHỈ ĐẠO" / "PHÓ TRƯỞNG BAN": a member of a collective other than a People's Committee or Council signs for it. */
function signsForCollective(above: string | undefined): boolean {
  return above !== undefined && prefixOf(above) === 'TM.' && !/(ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND/iu.test(above);
}

/** A deputy title with no "KT. <head>" line right above it. */
function deputyWithoutKt(sig: Signature, lines: readonly SignerLine[]): Finding[] {
  const i = lines.findIndex((l) => isDeputyTitle(l.text));
  const deputy = lines[i];
  if (i < 0 || !deputy || prefixOf(lines[i - 1]?.text ?? '') === 'KT.' || signsForCollective(lines[i - 1]?.text)) {
    return [];
  }
  const headTitle = upper(deputy.text.replace(/^phó\s+/iu, ''));
  const above = lines[i - 1]?.text;
  const where = above && prefixOf(above) === null ? `đứng ngay dưới ${quote(above)} mà không có "KT."` : `không có dòng ${quote(`KT. ${headTitle}`)} phía trên`;
  return [finding(signatureAuthority, `Chức vụ cấp phó ${quote(deputy.text)} ${where}: cấp phó ký thay người đứng đầu — sửa thành ${quote(`KT. ${headTitle}`)} / ${quote(upper(deputy.text))}.`, at(deputy), {
    fix: { title: `Thêm "KT. ${headTitle}"`, edit: setSignature(sig, { authority: 'KT.', headTitle, signerTitle: upper(deputy.text) }) },
  })];
}

/**
 * A Quyết định states who issues it in its authority line above the căn cứ: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" (the
 * head) or "ỦY BAN NHÂN DÂN TỈNH …" (the collective). Read only when nothing else said who issues.
 */
function issuerFromAuthorityLine(doc: PlanDocument): Issuer | null {
  for (const block of doc.body.slice(0, 4)) {
    const text = block.kind === 'paragraph' ? normalizeText(runsText(block.runs)).trim() : '';
    if (/^chủ tịch\s+(?:ủy|uỷ) ban nhân dân/iu.test(text) && isAllCaps(text)) {
      return 'head';
    }
    if (/^(?:ủy|uỷ) ban nhân dân/iu.test(text) && isAllCaps(text)) {
      return 'collective';
    }
  }
  return null;
}

function byIssuer(doc: PlanDocument, sig: Signature, lines: readonly SignerLine[]): Finding[] {
  const resolved = resolveIssuer(doc);
  const fromLine = resolved.issuer === null ? issuerFromAuthorityLine(doc) : null;
  const issuer = resolved.issuer ?? fromLine;
  const said = fromLine !== null ? ' (theo dòng thẩm quyền ban hành)' : resolved.from === 'opening' ? ' (theo câu mở đầu)' : '';
  const tm = lines.find((l) => prefixOf(l.text) === 'TM.');
  if (issuer === 'head' && tm) {
    return [finding(signatureAuthority, `Văn bản do Chủ tịch ban hành${said} nhưng khối chữ ký ghi ${quote(tm.text)}: văn bản của người đứng đầu không ghi "TM." — bỏ dòng này (cấp phó ký thì ghi "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").`, at(tm), {
      fix: { title: `Bỏ dòng ${quote(tm.text)}`, edit: setSignature(sig, { onBehalfOf: null }) },
    })];
  }
  // "TL." / "TUQ." sign on the head's order: the document is issued under the head's authority, not the collective's.
  const forHead = lines.some((l) => prefixOf(l.text) === 'TL.' || prefixOf(l.text) === 'TUQ.');
  if (issuer === 'collective' && !tm && !forHead && isCollectiveBodyOrUnknown(doc)) {
    const deputy = lines.some((l) => isDeputyTitle(l.text));
    const how = deputy ? '"TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"' : '"TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"';
    return [finding(signatureAuthority, `Văn bản do Ủy ban nhân dân ban hành${said} nhưng khối chữ ký thiếu dòng "TM. ỦY BAN NHÂN DÂN": ký thay mặt tập thể — sửa thành ${how}.`, at(lines[0]), {
      fix: { title: 'Thêm "TM. ỦY BAN NHÂN DÂN"', edit: setSignature(sig, { onBehalfOf: 'ỦY BAN NHÂN DÂN' }) },
    })];
  }
  return [];
}

/** Authority lines agree with the issuer. */
export const signatureAuthority: Rule = {
  id: 'signature.authority',
  group: 'signature',
  severity: 'error',
  title: 'Thẩm quyền ký',
  basis: 'NĐ 30/2020, Điều 13; PL I, Phần I, Mục II, khoản 7, điểm b',
  check: (doc) => {
    const sig = doc.signature;
    if (!sig) {
      return [];
    }
    const lines = signerLines(sig);
    const deputy = deputyWithoutKt(sig, lines);
    return [...misspelt(sig, lines), ...(deputy.length > 0 ? deputy : byIssuer(doc, sig, lines))];
  },
};
