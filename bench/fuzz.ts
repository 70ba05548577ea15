/**
 * `npm run fuzz` (issue 14): mutated real .docx files (test/fixtures/corpus, test/fixtures/docx) and .docx exports
 * of the text fixtures, the saved plans and the templates, run through import, check and export of what imports.
 * A few mutated .kehoach and text inputs go through parsePlan / importText the same way.
 *
 * Mutations: byte flips, splices and truncations of the zip; inside the zip (jszip) deletions, insertions,
 * duplicated elements (paragraphs, runs, rows, cells, up to thousands of copies), deep nesting, odd attribute
 * values, odd text, dropped and swapped parts.
 *
 * Counts crashes (a throw anywhere, a result that is neither {ok:true,value} nor {ok:false,error:{code,message}},
 * an English or stack-like message, a rule-crashed finding, a plan that does not read back after saving) and hangs
 * (a stage of a case — reading, checking, exporting — over the time budget in CPU time of this process; wall time
 * is shown too), prints the slowest cases and the peak memory (process.memoryUsage().rss), and exits 1 on any crash or
 * hang. Deterministic for a seed. Failing inputs are written to .tmp/fuzz/ for replay.
 *
 * Run: npx tsx bench/fuzz.ts [--cases 10000] [--seed 14] [--budget-ms 2000] [--out .tmp/fuzz]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Result } from '../core/base/result';
import { writeDocx } from '../core/docx/index';
import { importDocx, importText } from '../core/import/index';
import type { PlanDocument } from '../core/model/plan-document';
import { parsePlan, serializePlan } from '../core/model/serialize';
import { checkDocument } from '../core/rules/index';
import { instantiateTemplate } from '../core/templates/instantiate';
import { loadTemplateCatalogue } from '../electron/services/templates/template-catalogue';

const root = fileURLToPath(new URL('..', import.meta.url));

type Args = { cases: number; seed: number; budgetMs: number; out: string };

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { cases: 10_000, seed: 14, budgetMs: 2000, out: join(root, '.tmp', 'fuzz') };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1] ?? '';
    switch (argv[i]) {
      case '--cases':
        args.cases = Number(value);
        break;
      case '--seed':
        args.seed = Number(value);
        break;
      case '--budget-ms':
        args.budgetMs = Number(value);
        break;
      case '--out':
        args.out = value;
        break;
      default:
        throw new Error(`unknown option ${argv[i] ?? ''}`);
    }
  }
  return args;
}

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = { readonly next: () => number; readonly int: (n: number) => number; readonly pick: <T>(items: readonly T[]) => T };

function rngOf(seed: number): Rng {
  const next = prng(seed);
  const int = (n: number): number => Math.floor(next() * Math.max(1, n));
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

/** A seed file: its bytes and, for mutations inside the zip, its parts. */
type Seed = { readonly name: string; readonly bytes: Uint8Array; readonly parts: ReadonlyMap<string, Uint8Array> };

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function seedOf(name: string, bytes: Uint8Array): Promise<Seed> {
  const parts = new Map<string, Uint8Array>();
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) {
      parts.set(path, await file.async('uint8array'));
    }
  }
  return { name, bytes, parts };
}

function docxFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.docx'))
    .sort()
    .map((f) => join(dir, f));
}

async function loadSeeds(): Promise<{ docx: Seed[]; plans: string[]; texts: string[] }> {
  const docx: Seed[] = [];
  for (const file of [...docxFiles(join(root, 'test/fixtures/corpus')), ...docxFiles(join(root, 'test/fixtures/docx'))]) {
    docx.push(await seedOf(file.slice(root.length), new Uint8Array(readFileSync(file))));
  }
  const texts = readdirSync(join(root, 'test/fixtures/txt'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(root, 'test/fixtures/txt', f), 'utf8'));
  const plans = readdirSync(join(root, 'test/fixtures/plans'))
    .filter((f) => f.endsWith('.kehoach'))
    .sort()
    .map((f) => readFileSync(join(root, 'test/fixtures/plans', f), 'utf8'));
  // Exports of what the app makes: the text fixtures as read, the saved plans, the templates.
  const exported: [string, PlanDocument][] = [];
  texts.forEach((text, i) => {
    const read = importText(text, { idPrefix: `t${i}-` });
    if (read.ok) {
      read.value.forEach((doc, j) => exported.push([`txt#${i}.${j}`, doc]));
    }
  });
  plans.forEach((text, i) => {
    const read = parsePlan(text);
    if (read.ok) {
      exported.push([`plan#${i}`, read.value]);
    }
  });
  const catalogue = await loadTemplateCatalogue(join(root, 'templates'));
  for (const template of catalogue.templates) {
    exported.push([`template:${template.id}`, instantiateTemplate(template, { idPrefix: 'tpl-' })]);
  }
  for (const [name, doc] of exported) {
    docx.push(await seedOf(`export:${name}`, await writeDocx(doc, { now: new Date(Date.UTC(2026, 0, 5)) })));
  }
  return { docx, plans, texts };
}

// ——— mutations ———

const XML_BITS = [
  '<w:p>',
  '</w:p>',
  '<w:p/>',
  '<w:r><w:t>Độc lập</w:t></w:r>',
  '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
  '<w:tbl>',
  '</w:tc>',
  '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="999"/></w:numPr>',
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:fldChar w:fldCharType="end"/>',
  '<w:instrText>PAGE</w:instrText>',
  '<w:sectPr><w:pgSz w:w="-1" w:h="x" w:orient="landscape"/><w:pgMar w:top="99999999"/></w:sectPr>',
  '<w:br w:type="page"/>',
  '<w:tab/>',
  '&amp;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '<!-- c -->',
  '<![CDATA[<w:p>]]>',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<',
  '>',
  '"',
  '<w:gridSpan w:val="1000000"/>',
  '<w:vMerge w:val="restart"/>',
  '<w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent>',
  '<mc:AlternateContent><mc:Choice><w:p/></mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>',
];

const ODD_VALUES = ['-1', '0', '99999999999', 'NaN', '1e308', '', 'x', '٣', '0x10', '-0', '3.5', '\u0000', '&amp;', 'auto', 'true'];

const ODD_TEXT = ['', ' ', '\u0000\u0001\u0007', 'Ð', 'a\u0301\u0302\u0303', '\u202Eđảo chiều', '\uD800', '\uFFFF', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'I. ', '1.', '- ', '**', 'Phụ lục IV', '(Kèm theo Kế hoạch số 12/KH-UBND)', 'x'.repeat(5000)];

const DUPLICABLE = ['w:p', 'w:r', 'w:tr', 'w:tc', 'w:tbl', 'w:sectPr', 'w:style', 'w:num', 'w:abstractNum', 'Relationship'];

/** A random element's [start, end) in the XML, by name (best effort: the first close tag after the open one). */
function findElement(xml: string, name: string, rng: Rng): [number, number] | null {
  const opens: number[] = [];
  const re = new RegExp(`<${name}[\\s>/]`, 'g');
  for (let m = re.exec(xml); m !== null && opens.length < 5000; m = re.exec(xml)) {
    opens.push(m.index);
  }
  if (opens.length === 0) {
    return null;
  }
  const start = rng.pick(opens);
  const selfClose = xml.indexOf('/>', start);
  const nextOpen = xml.indexOf('>', start);
  if (selfClose >= 0 && selfClose < nextOpen + 1 && selfClose === nextOpen - 1) {
    return [start, selfClose + 2];
  }
  const close = xml.indexOf(`</${name}>`, start);
  return close < 0 ? null : [start, close + name.length + 3];
}

type Mutator = { readonly name: string; readonly zip: boolean; readonly apply: (seed: Seed, rng: Rng, parts: Map<string, Uint8Array>) => Uint8Array | null };

function xmlPart(parts: Map<string, Uint8Array>, rng: Rng): string | null {
  const names = [...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  if (names.length === 0) {
    return null;
  }
  // The main part most of the time: that is where the reader spends its effort.
  const main = names.find((n) => n === 'word/document.xml');
  return main !== undefined && rng.next() < 0.6 ? main : rng.pick(names);
}

function editXml(edit: (xml: string, rng: Rng) => string | null): Mutator['apply'] {
  return (_seed, rng, parts) => {
    const name = xmlPart(parts, rng);
    if (name === null) {
      return null;
    }
    const xml = decoder.decode(parts.get(name));
    const edited = edit(xml, rng);
    if (edited === null) {
      return null;
    }
    parts.set(name, encoder.encode(edited));
    return new Uint8Array(0);
  };
}

const MUTATORS: readonly Mutator[] = [
  {
    name: 'byte-flip',
    zip: false,
    apply: (seed, rng) => {
      const bytes = seed.bytes.slice();
      const flips = 1 + rng.int(16);
      for (let i = 0; i < flips; i++) {
        bytes[rng.int(bytes.length)] = rng.int(256);
      }
      return bytes;
    },
  },
  {
    name: 'truncate',
    zip: false,
    apply: (seed, rng) => seed.bytes.slice(0, rng.int(seed.bytes.length)),
  },
  {
    name: 'splice',
    zip: false,
    apply: (seed, rng) => {
      const at = rng.int(seed.bytes.length);
      const junk = Uint8Array.from({ length: 1 + rng.int(64) }, () => rng.int(256));
      const out = new Uint8Array(seed.bytes.length + junk.length);
      out.set(seed.bytes.subarray(0, at));
      out.set(junk, at);
      out.set(seed.bytes.subarray(at), at + junk.length);
      return out;
    },
  },
  {
    name: 'xml-delete',
    zip: true,
    apply: editXml((xml, rng) => {
      const at = rng.int(xml.length);
      return xml.slice(0, at) + xml.slice(at + 1 + rng.int(200));
    }),
  },
  {
    name: 'xml-insert',
    zip: true,
    apply: editXml((xml, rng) => {
      // At a tag boundary most of the time (the XML stays well-formed more often and the reader goes deeper).
      const lt = xml.indexOf('<', rng.int(xml.length));
      const at = lt >= 0 && rng.next() < 0.8 ? lt : rng.int(xml.length);
      const bits = Array.from({ length: 1 + rng.int(4) }, () => rng.pick(XML_BITS)).join('');
      return xml.slice(0, at) + bits + xml.slice(at);
    }),
  },
  {
    name: 'xml-duplicate',
    zip: true,
    apply: editXml((xml, rng) => {
      const found = findElement(xml, rng.pick(DUPLICABLE), rng);
      if (!found) {
        return null;
      }
      const [start, end] = found;
      // Up to ~40 MB of XML: past the reader's 32 MB part cap, but not a harness that measures its own copies.
      const wanted = rng.next() < 0.2 ? 500 + rng.int(3000) : 1 + rng.int(20);
      const copies = Math.max(1, Math.min(wanted, Math.floor(40_000_000 / Math.max(1, end - start))));
      return xml.slice(0, end) + xml.slice(start, end).repeat(copies) + xml.slice(end);
    }),
  },
  {
    name: 'xml-remove-element',
    zip: true,
    apply: editXml((xml, rng) => {
      const found = findElement(xml, rng.pick(DUPLICABLE), rng);
      return found ? xml.slice(0, found[0]) + xml.slice(found[1]) : null;
    }),
  },
  {
    name: 'xml-nest',
    zip: true,
    apply: editXml((xml, rng) => {
      const found = findElement(xml, 'w:p', rng);
      if (!found) {
        return null;
      }
      const depth = 1 + rng.int(rng.next() < 0.3 ? 700 : 60);
      const [open, close] = rng.pick([
        ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
        ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
        ['<w:smartTag>', '</w:smartTag>'],
        ['<w:ins>', '</w:ins>'],
      ] as const);
      const [start, end] = found;
      return xml.slice(0, start) + open.repeat(depth) + xml.slice(start, end) + close.repeat(depth) + xml.slice(end);
    }),
  },
  {
    name: 'xml-attribute',
    zip: true,
    apply: editXml((xml, rng) => {
      const quotes: number[] = [];
      const re = /="([^"]*)"/g;
      for (let m = re.exec(xml); m !== null && quotes.length < 5000; m = re.exec(xml)) {
        quotes.push(m.index);
      }
      if (quotes.length === 0) {
        return null;
      }
      const at = rng.pick(quotes);
      const close = xml.indexOf('"', at + 2);
      return `${xml.slice(0, at + 2)}${rng.pick(ODD_VALUES)}${xml.slice(close)}`;
    }),
  },
  {
    name: 'xml-text',
    zip: true,
    apply: editXml((xml, rng) => {
      const found = findElement(xml, 'w:t', rng);
      if (!found) {
        return null;
      }
      const [start, end] = found;
      const gt = xml.indexOf('>', start);
      const text = rng.pick(ODD_TEXT).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return gt < end - 6 ? `${xml.slice(0, gt + 1)}${text}${xml.slice(end - 6)}` : null;
    }),
  },
  {
    name: 'zip-drop-part',
    zip: true,
    apply: (_seed, rng, parts) => {
      parts.delete(rng.pick([...parts.keys()]));
      return new Uint8Array(0);
    },
  },
  {
    name: 'zip-swap-parts',
    zip: true,
    apply: (_seed, rng, parts) => {
      const names = [...parts.keys()];
      const a = rng.pick(names);
      const b = rng.pick(names);
      const pa = parts.get(a);
      const pb = parts.get(b);
      if (pa && pb) {
        parts.set(a, pb);
        parts.set(b, pa);
      }
      return new Uint8Array(0);
    },
  },
];

async function mutateDocx(seed: Seed, rng: Rng): Promise<{ mutator: string; bytes: Uint8Array }> {
  for (;;) {
    const mutator = rng.pick(MUTATORS);
    if (!mutator.zip) {
      const bytes = mutator.apply(seed, rng, new Map());
      if (bytes) {
        return { mutator: mutator.name, bytes };
      }
      continue;
    }
    const parts = new Map(seed.parts);
    if (mutator.apply(seed, rng, parts) === null) {
      continue;
    }
    const zip = new JSZip();
    for (const [name, data] of parts) {
      zip.file(name, data);
    }
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: rng.next() < 0.5 ? 'STORE' : 'DEFLATE', compressionOptions: { level: 1 } });
    return { mutator: mutator.name, bytes };
  }
}

function mutatePlan(text: string, rng: Rng): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  const meta = (json['meta'] ?? {}) as Record<string, unknown>;
  switch (rng.int(6)) {
    case 0:
      json['meta'] = { ...meta, schemaVersion: rng.pick([0, -5, 0.5, '2', null, 1, 2, 3, 1e308, true]) };
      break;
    case 1: {
      let block: Record<string, unknown> = { kind: 'paragraph', id: 'p', runs: [{ text: 'x' }] };
      for (let i = 0, depth = rng.int(800); i < depth; i++) {
        block = { kind: rng.pick(['bullet', 'numbered']), id: `b${i}`, marker: '-', level: 'item', label: null, titled: false, runs: [], children: [block] };
      }
      json['body'] = [block];
      break;
    }
    case 2:
      json['recipients'] = { items: Array.from({ length: rng.int(5000) }, (_, i) => ({ text: `- Nơi ${i};`, depth: rng.pick([0, 1, 2]) })) };
      break;
    case 3: {
      const keys = Object.keys(json);
      delete json[rng.pick(keys)];
      break;
    }
    case 4:
      json[rng.pick(Object.keys(json))] = rng.pick([null, 0, '', [], {}, 'x'.repeat(1000), [[[]]]]);
      break;
    default: {
      const cut = rng.int(text.length);
      return text.slice(0, cut) + text.slice(cut + 1 + rng.int(50));
    }
  }
  return JSON.stringify(json);
}

function mutateText(text: string, rng: Rng): string {
  const lines = text.split('\n');
  switch (rng.int(4)) {
    case 0: {
      const at = rng.int(lines.length);
      const copies = rng.next() < 0.2 ? 2000 + rng.int(8000) : 1 + rng.int(50);
      lines.splice(at, 0, ...Array.from({ length: copies }, () => lines[at] ?? ''));
      return lines.join('\n');
    }
    case 1:
      return lines.map((l) => (rng.next() < 0.1 ? rng.pick(ODD_TEXT) : l)).join('\n');
    case 2:
      return lines.filter(() => rng.next() > 0.2).join('\n');
    default:
      return `${text}\n${'và tiếp tục dòng trước\n'.repeat(rng.int(20_000))}`;
  }
}

// ——— running a case ———

type Outcome = { readonly result: string; readonly problem: string | null };

/** CPU time of this process in ms (user + system): wall time is inflated whenever other processes share the cores. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** CPU time per stage of one case. */
type Stages = { read: number; check: number; export: number };

/** Runs a stage and adds its CPU time to the case's stages. */
async function timed<T>(stages: Stages, stage: keyof Stages, run: () => T | Promise<T>): Promise<T> {
  const start = cpuMs();
  try {
    return await run();
  } finally {
    stages[stage] += cpuMs() - start;
  }
}

/** A message a user may see: Vietnamese, one line, no stack. */
function badMessage(message: unknown): boolean {
  return typeof message !== 'string' || message.trim() === '' || /\n\s+at |TypeError|RangeError|ReferenceError|undefined|\[object /.test(message);
}

function resultProblem(value: unknown, isValue: (v: unknown) => boolean): string | null {
  if (typeof value !== 'object' || value === null) {
    return 'not a result object';
  }
  const r = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) {
    return isValue(r.value) ? null : 'ok result with a malformed value';
  }
  if (r.ok === false) {
    if (typeof r.error?.code !== 'string') {
      return 'error without a code';
    }
    return badMessage(r.error.message) ? `error message not fit for a user: ${String(r.error.message).slice(0, 120)}` : null;
  }
  return 'neither ok nor err';
}

const isDocList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((d) => typeof d === 'object' && d !== null && Array.isArray((d as PlanDocument).body));
const isDoc = (v: unknown): boolean => typeof v === 'object' && v !== null && Array.isArray((v as PlanDocument).body);

type Profiles = Parameters<typeof checkDocument>[1]['profiles'];

/** Check and export of what was read; the first problem found, or null. */
async function checkAndExport(docs: readonly PlanDocument[], profiles: Profiles, stages: Stages): Promise<string | null> {
  for (const doc of docs) {
    const checked = await timed(stages, 'check', () => checkDocument(doc, { profiles }));
    const crashedRule = checked.findings.find((f) => f.rule === 'rule-crashed');
    if (crashedRule) {
      return `rule crashed: ${crashedRule.message.slice(0, 200)}`;
    }
  }
  const first = docs[0];
  if (first) {
    const bytes = await timed(stages, 'export', () => writeDocx(first, { now: new Date(Date.UTC(2026, 0, 5)) }));
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      return 'export gave no bytes';
    }
  }
  return null;
}

async function runDocx(bytes: Uint8Array, profiles: Profiles, stages: Stages): Promise<Outcome> {
  const read: Result<PlanDocument[]> = await timed(stages, 'read', () => importDocx(bytes));
  const problem = resultProblem(read, isDocList);
  if (problem !== null || !read.ok) {
    return { result: read.ok ? 'ok' : read.error.code, problem };
  }
  return { result: 'ok', problem: await checkAndExport(read.value, profiles, stages) };
}

async function runPlan(text: string, profiles: Profiles, stages: Stages): Promise<Outcome> {
  const read = await timed(stages, 'read', () => parsePlan(text));
  const problem = resultProblem(read, isDoc);
  if (problem !== null || !read.ok) {
    return { result: read.ok ? 'ok' : read.error.code, problem };
  }
  // What is read must save and read back.
  const again = parsePlan(serializePlan(read.value));
  if (!again.ok) {
    return { result: 'ok', problem: `a plan read does not read back: ${again.error.message}` };
  }
  return { result: 'ok', problem: await checkAndExport([read.value], profiles, stages) };
}

async function runText(text: string, profiles: Profiles, stages: Stages): Promise<Outcome> {
  const read = await timed(stages, 'read', () => importText(text));
  const problem = resultProblem(read, isDocList);
  if (problem !== null || !read.ok) {
    return { result: read.ok ? 'ok' : read.error.code, problem };
  }
  return { result: 'ok', problem: await checkAndExport(read.value, profiles, stages) };
}

type Case = { readonly index: number; readonly kind: 'docx' | 'kehoach' | 'txt'; readonly seed: string; readonly mutator: string; readonly input: Uint8Array | string };

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const rng = rngOf(args.seed);
  const started = performance.now();
  const seeds = await loadSeeds();
  const catalogue = await loadTemplateCatalogue(join(root, 'templates'));
  const profiles = catalogue.profiles;
  console.log(`fuzz: ${args.cases} cases, seed ${args.seed}, budget ${args.budgetMs} ms per case; ${seeds.docx.length} .docx seeds (${seeds.docx.filter((s) => s.name.startsWith('export:')).length} exports), ${seeds.plans.length} plans, ${seeds.texts.length} texts`);
  mkdirSync(args.out, { recursive: true });
  let peakRss = process.memoryUsage().rss;
  const results = new Map<string, number>();
  const byMutator = new Map<string, number>();
  const crashes: { c: Case; problem: string }[] = [];
  const hangs: { c: Case; ms: number; wallMs: number }[] = [];
  const slowest: { c: Case; ms: number; wallMs: number; result: string }[] = [];
  const heaviest: { c: Case; rss: number }[] = [];
  let imported = 0;
  for (let index = 0; index < args.cases; index++) {
    const roll = rng.next();
    let c: Case;
    if (roll < 0.84) {
      const seed = rng.pick(seeds.docx);
      const { mutator, bytes } = await mutateDocx(seed, rng);
      c = { index, kind: 'docx', seed: seed.name, mutator, input: bytes };
    } else if (roll < 0.92) {
      const seedIndex = rng.int(seeds.plans.length);
      c = { index, kind: 'kehoach', seed: `plan#${seedIndex}`, mutator: 'plan-json', input: mutatePlan(seeds.plans[seedIndex] ?? '{}', rng) };
    } else {
      const seedIndex = rng.int(seeds.texts.length);
      c = { index, kind: 'txt', seed: `txt#${seedIndex}`, mutator: 'text-lines', input: mutateText(seeds.texts[seedIndex] ?? '', rng) };
    }
    byMutator.set(c.mutator, (byMutator.get(c.mutator) ?? 0) + 1);
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const stages: Stages = { read: 0, check: 0, export: 0 };
    let outcome: Outcome;
    try {
      outcome =
        c.kind === 'docx'
          ? await runDocx(c.input as Uint8Array, profiles, stages)
          : c.kind === 'kehoach'
            ? await runPlan(c.input as string, profiles, stages)
            : await runText(c.input as string, profiles, stages);
    } catch (error) {
      outcome = { result: 'THROW', problem: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.slice(0, 600) };
    }
    const wallMs = performance.now() - t0;
    // The budget holds for each stage: reading, checking every document read, exporting the first.
    const ms = Math.max(stages.read, stages.check, stages.export);
    const rssAfter = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rssAfter);
    if (rssAfter > rssBefore + 64 * 1048576) {
      heaviest.push({ c, rss: rssAfter - rssBefore });
      heaviest.sort((a, b) => b.rss - a.rss);
      heaviest.length = Math.min(heaviest.length, 3);
    }
    results.set(`${c.kind} ${outcome.result}`, (results.get(`${c.kind} ${outcome.result}`) ?? 0) + 1);
    imported += outcome.result === 'ok' ? 1 : 0;
    const save = (why: string): void => {
      const ext = c.kind === 'docx' ? 'docx' : c.kind;
      writeFileSync(join(args.out, `${why}-${c.index}.${ext}`), c.input);
    };
    if (outcome.problem !== null) {
      crashes.push({ c, problem: outcome.problem });
      save('crash');
    }
    if (ms > args.budgetMs) {
      hangs.push({ c, ms, wallMs });
      save('hang');
    }
    slowest.push({ c, ms, wallMs, result: `${outcome.result}; read ${Math.round(stages.read)}, check ${Math.round(stages.check)}, export ${Math.round(stages.export)} ms` });
    slowest.sort((a, b) => b.wallMs - a.wallMs);
    slowest.length = Math.min(slowest.length, 5);
    if ((index + 1) % 1000 === 0) {
      console.log(`  ${index + 1} cases, ${crashes.length} crashes, ${hangs.length} hangs, ${Math.round((performance.now() - started) / 1000)} s, peak rss ${Math.round(peakRss / 1048576)} MB`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\ncases: ${args.cases} (${imported} read and went through check and export) in ${seconds.toFixed(0)} s`);
  console.log(`by mutation: ${[...byMutator].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`outcomes: ${[...results].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`slowest: ${slowest.map((s) => `#${s.c.index} ${s.c.kind} ${s.c.mutator} of ${s.c.seed} ${Math.round(s.wallMs)} ms wall (${s.result} CPU)`).join('; ')}`);
  console.log(`peak memory (rss): ${Math.round(peakRss / 1048576)} MB`);
  console.log(
    `cases that grew the rss most: ${heaviest.map((h) => `#${h.c.index} ${h.c.kind} ${h.c.mutator} of ${h.c.seed} (${Math.round(h.c.input.length / 1024)} KB input) +${Math.round(h.rss / 1048576)} MB`).join('; ') || 'none over 64 MB'}`,
  );
  console.log(`crashes: ${crashes.length}`);
  for (const { c, problem } of crashes.slice(0, 10)) {
    console.log(`  #${c.index} ${c.kind} ${c.mutator} of ${c.seed}: ${problem.split('\n').slice(0, 4).join(' | ')}`);
  }
  console.log(`hangs (a stage over ${args.budgetMs} ms of CPU time): ${hangs.length}`);
  for (const { c, ms, wallMs } of hangs.slice(0, 10)) {
    console.log(`  #${c.index} ${c.kind} ${c.mutator} of ${c.seed}: slowest stage ${Math.round(ms)} ms CPU, case ${Math.round(wallMs)} ms wall`);
  }
  if (crashes.length + hangs.length > 0) {
    console.log(`inputs written to ${args.out}`);
  }
  return crashes.length + hangs.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
