/**
 * Checks a template beyond its shape: what zod cannot say (unique keys, coherent kind and ký hiệu,
 * signer options that make sense). Returns the first problem in Vietnamese, or null.
 */
import { headingKey } from '../text/normalize';
import type { Template } from './template-schema';

/** The first semantic problem of a well-shaped template, or null when there is none. */
export function templateIssues(template: Template): string | null {
  return (
    duplicate(template.sections.map((s) => s.key), (key) => `khóa mục "${key}" bị lặp.`) ??
    duplicate(template.sections.map((s) => String(s.order)), (order) => `thứ tự mục ${order} bị lặp.`) ??
    duplicate(template.sections.map((s) => headingKey(s.heading)), (h) => `tiêu đề mục "${h}" bị lặp.`) ??
    sharedWording(template) ??
    kindIssue(template) ??
    signerIssue(template)
  );
}

function duplicate(values: readonly string[], message: (value: string) => string): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      return message(value);
    }
    seen.add(value);
  }
  return null;
}

/** A heading or variant accepted by two sections would make the checker's matching ambiguous. */
function sharedWording(template: Template): string | null {
  const owner = new Map<string, string>();
  for (const section of template.sections) {
    for (const wording of new Set([section.heading, ...section.variants].map(headingKey))) {
      const other = owner.get(wording);
      if (other !== undefined && other !== section.key) {
        return `cách viết "${wording}" thuộc cả mục "${other}" và mục "${section.key}".`;
      }
      owner.set(wording, section.key);
    }
  }
  return null;
}

function kindIssue(template: Template): string | null {
  if (template.kind === 'ke-hoach') {
    if (!template.docType) {
      return 'kế hoạch phải có tên loại (trường "docType").';
    }
    if (!template.headerDefaults.symbol.startsWith('KH-')) {
      return `ký hiệu của kế hoạch phải bắt đầu bằng "KH-" (đang là "${template.headerDefaults.symbol}").`;
    }
    return null;
  }
  if (template.docType !== null) {
    return 'công văn không có tên loại: trường "docType" phải là null.';
  }
  if (/(^|-)CV(-|$)/u.test(template.headerDefaults.symbol)) {
    return 'công văn không có mã "CV" trong ký hiệu (NĐ 30/2020, PL III).';
  }
  return null;
}

function signerIssue(template: Template): string | null {
  for (const [i, option] of template.signerOptions.entries()) {
    if ((option.authority === null) !== (option.headTitle === null)) {
      return `phương án ký thứ ${i + 1} ("${option.label}"): "authority" và "headTitle" phải cùng có hoặc cùng trống.`;
    }
  }
  return null;
}
