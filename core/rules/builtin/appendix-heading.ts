/**
 * appendix.heading: each appendix has its label line ("Phụ lục" + number), a title in capitals and the line
 * "(Kèm theo Kế hoạch số …/KH-… ngày … của …)" whose type, number, date and issuer agree with the header
 * (PL I, Phần I, Mục III, khoản 1). For an imported .docx, also how those lines look (appendix-format).
 * In a plan made in the app a null label or Kèm theo line is computed from the header, so it is always right.
 */
import { appendixLabel, attachedLine, computedAppendixLabel, derivedAttachedLine } from '../../model/appendix';
import type { Appendix, PlanDocument } from '../../model/plan-document';
import { isAllCaps, normalizeText, upper } from '../../text/normalize';
import { appendixLocation } from '../support/appendices';
import { appendixHeadingFaults } from '../support/appendix-format';
import { attachedMismatches } from '../support/attached-line';
import { finding } from '../support/finding';
import { resolveIssuer } from '../support/issuer';
import type { Finding, FindingLocation, QuickFix, Rule } from '../types';

function setAppendix(a: Appendix, title: string, change: { label?: string | null; title?: string; attachedLine?: string | null }): QuickFix {
  return { title, edit: { kind: 'set-appendix', appendixId: a.id, ...change } };
}

/** What every appendix's Kèm theo line is compared with: computed once per check, not once per appendix. */
type Expected = { readonly derived: string; readonly issuer: ReturnType<typeof resolveIssuer>['issuer'] };

function textFindings(doc: PlanDocument, a: Appendix, i: number, at: FindingLocation, expected: Expected): Finding[] {
  const out: Finding[] = [];
  const name = appendixLabel(doc.appendices, i).replace(/\s+/g, ' ').trim();
  const imported = doc.meta.origin !== 'app';
  if (imported && a.label === null) {
    const want = computedAppendixLabel(i, doc.appendices.length);
    out.push(finding(appendixHeading, `Phụ lục thứ ${i + 1} thiếu dòng nhãn "${want}" ở đầu trang: trên tên phụ lục ghi "${want}" (in thường, đậm, căn giữa).`, at, {
      fix: setAppendix(a, `Thêm dòng "${want}"`, { label: want }),
    }));
  }
  const title = normalizeText(a.title).replace(/\s+/g, ' ').trim();
  // A line in brackets under the title ("(Số liệu đến ngày …)") is a note, not the title.
  const titleLines = normalizeText(a.title).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^\(.*\)$/u.test(l));
  if (title === '') {
    out.push(finding(appendixHeading, `${name} chưa có tên: dưới dòng "${name}" ghi tên phụ lục bằng chữ in hoa, đậm.`, at));
  } else if (titleLines.some((l) => !isAllCaps(l))) {
    out.push(finding(appendixHeading, `Tên ${name} "${title.slice(0, 60)}" chưa viết in hoa: tên phụ lục trình bày bằng chữ in hoa, đậm.`, at, {
      fix: setAppendix(a, 'Viết in hoa tên phụ lục', { title: upper(a.title) }),
    }));
  }
  const derived = expected.derived;
  if (imported && a.attachedLine === null) {
    out.push(finding(appendixHeading, `${name} thiếu dòng "(Kèm theo …)" dưới tên phụ lục: ghi ${derived}.`, at, {
      fix: setAppendix(a, 'Thêm dòng "(Kèm theo …)"', { attachedLine: derived }),
    }));
    return out;
  }
  const mismatches = attachedMismatches(attachedLine(doc, a), doc.header, expected.issuer);
  if (mismatches.length > 0) {
    out.push(finding(appendixHeading, `Dòng "${attachedLine(doc, a)}" của ${name} không khớp với văn bản: ${mismatches.join('; ')} — sửa thành ${derived}.`, at, {
      fix: setAppendix(a, 'Ghi lại dòng "(Kèm theo …)" theo đầu văn bản', { attachedLine: derived }),
    }));
  }
  return out;
}

/** Appendix label, title and Kèm theo line present, right, and (in a .docx) laid out as the decree says. */
export const appendixHeading: Rule = {
  id: 'appendix.heading',
  group: 'appendix',
  severity: 'warning',
  title: 'Dòng nhãn, tên và dòng "Kèm theo" của phụ lục',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục III, khoản 1',
  check: (doc) => {
    // resolveIssuer reads every appendix: once per appendix it made this rule grow with appendices².
    const expected: Expected = { derived: derivedAttachedLine(doc.header), issuer: resolveIssuer(doc).issuer };
    return doc.appendices.flatMap((a, i) => {
      const at = appendixLocation(doc, i);
      const layout = appendixHeadingFaults(doc, a).map((l) =>
        finding(appendixHeading, `${l.what} "${l.paragraph.text.trim().slice(0, 60)}": ${l.faults.join('; ')}.`, { ...at, line: l.paragraph.index + 1, text: l.paragraph.text.trim() }),
      );
      return [...textFindings(doc, a, i, at, expected), ...layout];
    });
  },
};
