/**
 * Who issues the document: the header form's value, else the opening sentence
 * ("Ủy ban nhân dân tỉnh … ban hành / xây dựng" = the collective; "Chủ tịch UBND tỉnh ban hành" = its head),
 * else an appendix's "(Kèm theo Kế hoạch … của Chủ tịch UBND tỉnh)" line.
 */
import type { Issuer, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { normalizeText } from '../../text/normalize';

export type IssuerFinding = {
  readonly issuer: Issuer | null;
  /** Where it was read: the header (form or importer), the opening sentence, an appendix's Kèm theo line, or nowhere. */
  readonly from: 'header' | 'opening' | 'appendix' | null;
};

// "ban hành Kế hoạch …" (the formula), not "của UBND tỉnh ban hành …" (a citation's issuer).
const KINDS = '(?:kế hoạch|chương trình|báo cáo|hướng dẫn|thông báo|quy chế|quy định|đề án|phương án|văn bản)';
// "xây dựng Kế hoạch" states the issuer as "ban hành Kế hoạch" does ("UBND tỉnh xây dựng Kế hoạch hành động …").
const VERB = '(?:ban hành|xây dựng(?:\\s+và\\s+ban hành)?)';
const HEAD = new RegExp(`(?<!của\\s)chủ tịch\\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[^.;:]{0,60}?\\s+${VERB}\\s+${KINDS}`, 'iu');
const COLLECTIVE = new RegExp(`(?<!của\\s)(?<!chủ tịch\\s)(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[^.;:]{0,60}?\\s+${VERB}\\s+${KINDS}`, 'iu');
/** "(Kèm theo Kế hoạch số … của Chủ tịch UBND tỉnh …)": the appendix names who issues the document. */
const ATTACHED_HEAD = /kèm theo[^()]*\scủa\s+chủ tịch\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)/iu;

/** The issuer as stated by a sentence, or null when it says neither. */
export function issuerFromSentence(sentence: string): Issuer | null {
  const text = normalizeText(sentence);
  if (HEAD.test(text)) {
    return 'head';
  }
  return COLLECTIVE.test(text) ? 'collective' : null;
}

/**
 * The issuer named by an appendix's "(Kèm theo …)" line: 'head' for "… của Chủ tịch UBND tỉnh", else null. "… của
 * UBND tỉnh" is written loosely for documents the Chủ tịch signs as often as for the collective's: it decides nothing.
 */
export function issuerFromAttachedLine(line: string): Issuer | null {
  return ATTACHED_HEAD.test(normalizeText(line)) ? 'head' : null;
}

/** Who issues the document, and where that was read. */
export function resolveIssuer(doc: PlanDocument): IssuerFinding {
  if (doc.header.issuer) {
    // An importer that deduced the issuer from the opening sentence lists it in meta.inferred.
    return { issuer: doc.header.issuer, from: doc.meta.inferred.includes('issuer') ? 'opening' : 'header' };
  }
  for (const p of doc.opening) {
    const issuer = issuerFromSentence(runsText(p.runs));
    if (issuer) {
      return { issuer, from: 'opening' };
    }
  }
  for (const a of doc.appendices ?? []) {
    const issuer = a.attachedLine ? issuerFromAttachedLine(a.attachedLine) : null;
    if (issuer) {
      return { issuer, from: 'appendix' };
    }
  }
  return { issuer: null, from: null };
}

/** True when the issuing body works collectively (a People's Committee or Council), or is unknown. */
export function isCollectiveBodyOrUnknown(doc: PlanDocument): boolean {
  const agency = doc.header.agency;
  if (!agency) {
    return true;
  }
  return /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG/iu.test(normalizeText(agency));
}
