/**
 * Switching who issues the document between the people's committee (collective: "TM. ỦY BAN NHÂN
 * DÂN" above the signer, "Ủy ban nhân dân tỉnh ban hành Kế hoạch …") and its chair personally
 * (no TM. line, "Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch …"), per NĐ 30 PL I, Mục II, khoản 7.
 * Switching back gives the document it came from, so the switch is undone by switching again.
 */
import type { Issuer, ParagraphBlock, PlanDocument, Signature } from './plan-document';

const COMMITTEE = '(?:Ủy|Uỷ) ban nhân dân|UBND';
// "[Chủ tịch ]Ủy ban nhân dân tỉnh Bắc Giang ban hành Kế hoạch": the issuer named just before "ban hành
// Kế hoạch / Chương trình"; never a cited act's issuer ("Quyết định … của Ủy ban nhân dân tỉnh ban hành …").
const ISSUING = new RegExp(
  `(?<!của\\s+(?:Chủ tịch\\s+)?)(Chủ tịch\\s+)?((?:${COMMITTEE})[^,;:.()]*?)\\s+ban hành(?=\\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)\\b)`,
  'gu',
);

/** The opening text with its "… ban hành" issuer worded for this issuer. */
export function issuingWording(text: string, issuer: Issuer): string {
  return text.normalize('NFC').replace(ISSUING, (_all, _chair: string | undefined, committee: string) =>
    issuer === 'head' ? `Chủ tịch ${committee} ban hành` : `${committee} ban hành`,
  );
}

/** The collective's name on the TM. line: the agency's first line in capitals ("ỦY BAN NHÂN DÂN"). */
export function collectiveName(agency: string | null): string {
  const first = (agency ?? '').split('\n')[0]?.trim() ?? '';
  return (first === '' ? 'Ủy ban nhân dân' : first).toLocaleUpperCase('vi-VN').normalize('NFC');
}

/** The signer block for this issuer: the TM. line added (collective) or removed (head). */
export function signatureFor(sig: Signature, issuer: Issuer, agency: string | null): Signature {
  const onBehalfOf = issuer === 'collective' ? (sig.onBehalfOf ?? collectiveName(agency)) : null;
  if (!sig.chain || sig.chain.length === 0) {
    return { ...sig, onBehalfOf };
  }
  const rest = sig.chain.filter((line) => !/^TM\.\s/u.test(line));
  return { ...sig, onBehalfOf, chain: issuer === 'collective' ? [`TM. ${onBehalfOf ?? ''}`, ...rest] : rest };
}

function reworded(block: ParagraphBlock, issuer: Issuer): ParagraphBlock {
  const runs = block.runs.map((run) => {
    const text = issuingWording(run.text, issuer);
    return text === run.text ? run : { ...run, text };
  });
  return runs.every((run, i) => run === block.runs[i]) ? block : { ...block, runs };
}

/** The document issued by the collective or by its head: header, signer block and opening wording. */
export function switchIssuer(doc: PlanDocument, issuer: Issuer): PlanDocument {
  return {
    ...doc,
    header: { ...doc.header, issuer },
    signature: doc.signature ? signatureFor(doc.signature, issuer, doc.header.agency) : null,
    opening: doc.opening.map((block) => reworded(block, issuer)),
    meta: doc.meta.inferred.includes('issuer') ? { ...doc.meta, inferred: doc.meta.inferred.filter((f) => f !== 'issuer') } : doc.meta,
  };
}

/** A usual signer block, one click away in the signer form. */
export type SignerPreset = { readonly label: string; readonly value: Omit<Signature, 'name'> };

/** The head's title by the agency's kind: a Sở has a Giám đốc, a Ban a Trưởng ban, a Phòng a Trưởng phòng. */
function headOf(agency: string | null): { readonly title: string; readonly name: string } | null {
  const lines = (agency ?? '').normalize('NFC').split('\n').map((l) => l.trim().toLocaleUpperCase('vi-VN'));
  const own = lines.filter((l) => l !== '').at(-1) ?? '';
  if (/^SỞ(?:\s|$)/u.test(own)) {
    return { title: 'GIÁM ĐỐC', name: 'Giám đốc' };
  }
  if (/^BAN(?:\s|$)/u.test(own)) {
    return { title: 'TRƯỞNG BAN', name: 'Trưởng ban' };
  }
  if (/^PHÒNG(?:\s|$)/u.test(own)) {
    return { title: 'TRƯỞNG PHÒNG', name: 'Trưởng phòng' };
  }
  return null;
}

/**
 * The usual signer blocks for the issuing agency (docs/nd30.md §3.7, rule signature.authority): a people's
 * committee signs "TM." (collective) or as its Chủ tịch; an agency under the head's sole authority
 * (Sở, Ban, Phòng) signs as its head or "KT." by a deputy, never "CHỦ TỊCH".
 */
export function signerPresets(agency: string | null): readonly SignerPreset[] {
  const head = headOf(agency);
  if (head) {
    const deputy = `PHÓ ${head.title}`;
    return [
      { label: `${head.name} ký`, value: { onBehalfOf: null, authority: null, headTitle: null, signerTitle: head.title } },
      { label: `KT. ${head.name} — Phó ${head.name.toLocaleLowerCase('vi-VN')} ký`, value: { onBehalfOf: null, authority: 'KT.', headTitle: head.title, signerTitle: deputy } },
    ];
  }
  const committee = collectiveName(agency);
  return [
    { label: 'TM. UBND — Chủ tịch ký', value: { onBehalfOf: committee, authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH' } },
    { label: 'TM. UBND — Phó Chủ tịch ký thay', value: { onBehalfOf: committee, authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' } },
    { label: 'Chủ tịch ký (văn bản của Chủ tịch)', value: { onBehalfOf: null, authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH' } },
    { label: 'KT. Chủ tịch — Phó Chủ tịch ký', value: { onBehalfOf: null, authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' } },
  ];
}
