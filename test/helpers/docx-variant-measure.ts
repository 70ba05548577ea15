/**
 * Reads a corpus Word file and a variant of it through the `kehoach` command (import and check, as the
 * corpus measures do) and tells what differs: structure facts (test/helpers/corpus-measure.ts) and the
 * errors and warnings raised.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-run';
import { CORPUS_DIR, structureOf, type Saved, type StructureEntry } from './corpus-measure';
import { variantOf } from './docx-variants';

/** What one reading yields: structure facts by name (detail when wrong) and the findings raised. */
export type Reading = { readonly facts: Readonly<Record<string, string>>; readonly findings: readonly string[] };

const entries = (): StructureEntry[] => JSON.parse(readFileSync(join(CORPUS_DIR, 'structure.json'), 'utf8')) as StructureEntry[];

/** The structure.json entry of a file, when it has one. */
export function structureEntry(file: string): StructureEntry | undefined {
  return entries().find((e) => e.file === file);
}

/** Imports and checks one .docx (bytes), as `file` (the name is kept: a folder per reading). */
export async function readWord(file: string, bytes: Uint8Array): Promise<Reading> {
  const dir = mkdtempSync(join(tmpdir(), 'variant-'));
  writeFileSync(join(dir, file), bytes);
  const facts: Record<string, string> = {};
  const entry = structureEntry(file);
  const out = join(dir, 'out.kehoach');
  const imported = await runCli(['import', file, '-o', out, '--force'], dir);
  if (imported.code !== 0) {
    facts['readable'] = imported.err.trim().slice(0, 160);
  } else if (entry) {
    const saved = JSON.parse(readFileSync(out, 'utf8')) as Saved | Saved[] | { document: Saved };
    const doc = Array.isArray(saved) ? (saved[0] ?? {}) : 'document' in saved ? saved.document : saved;
    for (const f of structureOf(entry, doc)) {
      facts[f.name.slice(4)] = f.ok ? 'ok' : f.detail;
    }
  }
  const checked = await runCli(['check', file, '--json'], dir);
  type Report = { documents?: { kind: string; findings: { rule: string; severity: string; message?: string }[] }[] };
  let findings: string[];
  try {
    const parsed = JSON.parse(checked.out) as Report | Report[];
    const reports = Array.isArray(parsed) ? parsed : [parsed];
    findings = reports
      .flatMap((r) => r.documents ?? [])
      .flatMap((d) => [`kind ${d.kind}`, ...d.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.severity}: ${f.message ?? ''}`)]);
  } catch {
    findings = [`check printed no JSON: ${checked.err.slice(0, 120)}`];
  }
  return { facts, findings: findings.sort() };
}

/** What a variant changes against the original: facts read differently, findings raised or lost. */
export type Difference = { readonly facts: string[]; readonly raised: string[]; readonly lost: string[] };

export function differences(original: Reading, variant: Reading): Difference {
  const facts = Object.keys({ ...original.facts, ...variant.facts })
    .filter((k) => original.facts[k] !== variant.facts[k])
    .map((k) => `${k}: ${variant.facts[k] ?? '(none)'} (was ${original.facts[k] ?? '(none)'})`);
  const count = (list: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    list.forEach((x) => m.set(x, (m.get(x) ?? 0) + 1));
    return m;
  };
  const a = count(original.findings);
  const b = count(variant.findings);
  const raised = [...b].filter(([k, n]) => n > (a.get(k) ?? 0)).map(([k]) => k);
  const lost = [...a].filter(([k, n]) => n > (b.get(k) ?? 0)).map(([k]) => k);
  return { facts, raised, lost };
}

/** The corpus file's bytes. */
export function corpusBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
}

/** Reads a corpus file and its variant; null when the variant does not apply to the file. */
export async function compareVariant(file: string, variant: string): Promise<Difference | null> {
  const bytes = corpusBytes(file);
  const changed = variantOf(bytes, variant);
  if (changed === null) {
    return null;
  }
  return differences(await readWord(file, bytes), await readWord(file, changed));
}
