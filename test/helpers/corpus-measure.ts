/**
 * The measures of the real-document corpus (test/fixtures/corpus, a copy of ../shared/corpus), computed as
 * ../shared/tools/corpus-score computes them but in-process, through the `kehoach` command's own entry:
 *
 * 1. review labels: `check --json` on each labelled file finds each labelled defect (same rule id) and raises
 *    no error or warning on a rule the reviewer checked and found right; documents are read as their kind;
 * 2. structure: `import` of each Word file reads the kind, letterhead, sections, signer, Nơi nhận and appendix
 *    as a person reads them.
 *
 * Each expectation is one named fact ("01 finds body.basis", "139 appendix"), so that a test can list the
 * known gaps by name and fail on every other one.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli-run';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** One expectation: its name, whether it holds, and what was read when it does not. */
export type Fact = { readonly name: string; readonly ok: boolean; readonly detail: string };

type Finding = { readonly rule: string; readonly severity: string; readonly message?: string };
type ReportDoc = { readonly kind: string; readonly findings: readonly Finding[] };
type Report = { readonly file: string; readonly documents?: readonly ReportDoc[] };

type ReviewEntry = {
  readonly file: string;
  readonly expected_documents: readonly string[];
  readonly defects: readonly { readonly rule: string; readonly evidence: string }[];
  readonly clean: readonly string[];
};

export type StructureEntry = {
  readonly file: string;
  readonly kind: string;
  readonly agency_lines: readonly string[];
  readonly number_line?: string;
  readonly doc_type_line?: string;
  readonly summary?: string;
  readonly signer_lines?: readonly string[];
  readonly signer_name?: string;
  readonly recipients?: readonly string[];
  readonly sections?: readonly string[];
  readonly appendix?: { readonly present?: boolean };
};

/** The scorer's normal form: NFC, dashes and spaces unified, end punctuation dropped, upper case. */
export function norm(text: string | null | undefined): string {
  let s = (text ?? '').normalize('NFC').replace(/\u00a0/g, ' ').replace(/[\u2013\u2014]/g, '-');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[;.:]+|[;.:]+$/g, '').trim();
  s = s.replace(/\.\s*/g, '. ').trim();
  return s.toLocaleUpperCase('vi');
}

function short(value: unknown): string {
  return JSON.stringify(value).slice(0, 160);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(CORPUS_DIR, name), 'utf8')) as T;
}

/** Review-label facts: "<nn> kind", "<nn> finds <rule>" (once per labelled defect), "<nn> no false <rule>". */
export async function reviewFacts(): Promise<Fact[]> {
  const labels = readJson<ReviewEntry[]>('review-labels.json');
  const run = await runCli(['check', ...labels.map((e) => e.file), '--json'], CORPUS_DIR);
  const parsed = JSON.parse(run.out) as Report | Report[];
  const reports = Array.isArray(parsed) ? parsed : [parsed];
  const byFile = new Map(reports.map((r) => [r.file.split(/[\\/]/).pop() ?? r.file, r]));
  const facts: Fact[] = [];
  for (const e of labels) {
    const id = e.file.slice(0, 2);
    const docs = byFile.get(e.file)?.documents ?? [];
    const kinds = docs.map((d) => d.kind);
    facts.push({ name: `${id} kind`, ok: same(kinds, e.expected_documents), detail: `read as ${short(kinds)}` });
    const findings = docs.flatMap((d) => d.findings);
    const rules = new Set(findings.map((f) => f.rule));
    const seen = new Map<string, number>();
    for (const d of e.defects) {
      const n = (seen.get(d.rule) ?? 0) + 1;
      seen.set(d.rule, n);
      facts.push({ name: `${id} finds ${d.rule}${n > 1 ? ` #${n}` : ''}`, ok: rules.has(d.rule), detail: d.evidence.slice(0, 120) });
    }
    const defectRules = new Set(e.defects.map((d) => d.rule));
    for (const rule of e.clean) {
      if (defectRules.has(rule)) {
        continue;
      }
      const wrong = findings.filter((f) => f.rule === rule && (f.severity === 'error' || f.severity === 'warning'));
      facts.push({ name: `${id} no false ${rule}`, ok: wrong.length === 0, detail: wrong.map((f) => `${f.severity}: ${f.message ?? ''}`).join(' | ').slice(0, 200) });
    }
  }
  return facts;
}

export type Saved = {
  readonly kind?: string;
  readonly header?: Record<string, unknown>;
  readonly signature?: Record<string, unknown> | null;
  readonly recipients?: { readonly items?: readonly { readonly text: string }[] } | null;
  readonly body?: readonly { readonly kind: string; readonly level?: string; readonly label?: string | null; readonly runs?: readonly { readonly text: string }[] }[];
  readonly appendices?: readonly unknown[];
};

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Structure facts of one Word file: "<nnn> kind", "<nnn> agency", … as the scorer names them. */
export function structureOf(e: StructureEntry, doc: Saved): Fact[] {
  const id = e.file.slice(0, 3);
  const h = doc.header ?? {};
  const sig = doc.signature ?? {};
  const checks: [string, unknown, unknown][] = [['kind', doc.kind, e.kind]];
  checks.push(['agency', norm([str(h['parentAgency']), str(h['agency'])].filter((x) => x !== '').join(' ')), norm(e.agency_lines.join(' '))]);
  if (e.number_line) {
    const m = /Số\s*:\s*(\d*)\s*\/\s*(\S+)/u.exec(e.number_line);
    checks.push(['number', [str(h['number']), str(h['symbol'])], m ? [m[1], m[2]] : null]);
  }
  if (e.doc_type_line) {
    checks.push(['docType', norm(str(h['docType'])), norm(e.doc_type_line)]);
  }
  if (e.summary) {
    const want = norm(e.summary.replace(/^V\/v\s*/u, ''));
    const got = norm(str(h['summary']));
    checks.push(['summary', want !== '' && got.startsWith(want) ? want : got, want]);
  }
  const lines: string[] = [];
  if (sig['onBehalfOf']) {
    lines.push(`TM. ${str(sig['onBehalfOf'])}`);
  }
  if (sig['headTitle']) {
    lines.push(`${str(sig['authority'])} ${str(sig['headTitle'])}`.trim());
  }
  if (sig['signerTitle']) {
    lines.push(str(sig['signerTitle']));
  }
  checks.push(['signer', lines.map(norm), (e.signer_lines ?? []).map(norm)]);
  if (e.signer_name) {
    checks.push(['name', norm(str(sig['name'])), norm(e.signer_name)]);
  }
  const items = doc.recipients?.items ?? [];
  checks.push(['recipients', items.map((i) => norm(i.text)), (e.recipients ?? []).map((x) => norm(x.replace(/^[-+]\s*/u, '')))]);
  if (e.sections && e.sections.length > 0) {
    const got = (doc.body ?? [])
      .filter((b) => b.kind === 'numbered' && (b.level === 'section' || b.level === 'part'))
      .map((b) => norm(`${b.label ?? ''} ${(b.runs ?? []).map((r) => r.text).join('')}`.trim()));
    checks.push(['sections', got, e.sections.map(norm)]);
  }
  if (e.appendix?.present) {
    checks.push(['appendix', (doc.appendices ?? []).length > 0, true]);
  }
  return checks.map(([name, got, want]) => ({ name: `${id} ${name}`, ok: same(got, want), detail: `read ${short(got)}, is ${short(want)}` }));
}

/** Structure facts of every Word file of structure.json. */
export async function structureFacts(): Promise<Fact[]> {
  const entries = readJson<StructureEntry[]>('structure.json');
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-'));
  const facts: Fact[] = [];
  for (const e of entries) {
    const out = join(tmp, `${e.file}.kehoach`);
    const run = await runCli(['import', e.file, '-o', out, '--force'], CORPUS_DIR);
    if (run.code !== 0) {
      facts.push({ name: `${e.file.slice(0, 3)} readable`, ok: false, detail: run.err.trim().slice(0, 160) });
      continue;
    }
    facts.push({ name: `${e.file.slice(0, 3)} readable`, ok: true, detail: '' });
    const saved = JSON.parse(readFileSync(out, 'utf8')) as Saved | Saved[] | { document: Saved };
    const doc = Array.isArray(saved) ? (saved[0] ?? {}) : 'document' in saved ? saved.document : saved;
    facts.push(...structureOf(e, doc));
  }
  return facts;
}
