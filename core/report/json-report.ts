/**
 * The JSON report of the command-line contract (docs/rules.md): exactly
 * {file, documents: [{kind, title, profile, findings: [{rule, severity, message, basis, location: {part, line, path}}]}]}.
 */
import type { Finding } from '../rules/types';
import { documentTitle } from './labels';
import type { ReportFile } from './report-types';

/** One finding as the contract writes it. */
export type JsonFinding = {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly basis: string;
  readonly location: { readonly part: Finding['location']['part']; readonly line?: number; readonly path?: string };
};

/** One file as the contract writes it. */
export type JsonReport = {
  readonly file: string;
  readonly documents: readonly {
    readonly kind: string;
    readonly title: string;
    readonly profile: string | null;
    readonly findings: readonly JsonFinding[];
  }[];
};

function jsonFinding(f: Finding): JsonFinding {
  const { part, line, path } = f.location;
  const location = { part, ...(line !== undefined ? { line } : {}), ...(path !== undefined ? { path } : {}) };
  return { rule: f.rule, severity: f.severity, message: f.message, basis: f.basis, location };
}

/** The contract's object for one checked file. */
export function buildJsonReport(file: ReportFile): JsonReport {
  return {
    file: file.file,
    documents: file.documents.map(({ doc, result }) => ({
      kind: doc.kind,
      title: documentTitle(doc),
      profile: result.profile?.id ?? null,
      findings: result.findings.map(jsonFinding),
    })),
  };
}

/** The contract's JSON text for one checked file (two-space indent, trailing newline). */
export function formatJsonReport(file: ReportFile): string {
  return `${JSON.stringify(buildJsonReport(file), null, 2)}\n`;
}
