/**
 * What `export` and `import` share: reading an input file through the shared document reader, choosing
 * the plan among several documents, and the one prologue of both verbs.
 */
import type { Result } from '@core/base';
import type { PlanDocument } from '@core/model';
import { documentTitle, kindName } from '@core/report';
import { readDocumentFile, type ReadDocuments } from '../services/documents';
import { flag, parseVerbArgs, stringOption } from '../args';
import { ExitCode, resolvePath, type CliIo } from '../io';
import { fail, misuse } from './messages';
import { writeOutput } from './output';

/** Reads the documents of a file the user named (relative to the working folder). */
export async function readInput(io: CliIo, path: string): Promise<Result<ReadDocuments>> {
  return readDocumentFile(resolvePath(io, path));
}

export type ChosenDocument = {
  readonly doc: PlanDocument;
  /** 0-based position in the file. */
  readonly index: number;
  /** A Vietnamese note when the file held several documents, saying which one was taken. */
  readonly note: string | null;
};

/** The plan (the ke-hoach) among the documents of a file; the first one when there is no plan. */
export function choosePlan(documents: readonly PlanDocument[]): ChosenDocument | null {
  if (documents.length === 0) {
    return null;
  }
  const planIndex = documents.findIndex((d) => d.kind === 'ke-hoach');
  const index = planIndex >= 0 ? planIndex : 0;
  const doc = documents[index] as PlanDocument;
  if (documents.length === 1) {
    return { doc, index, note: null };
  }
  const kinds = documents.map((d) => kindName(d.kind)).join(', ');
  const note = `Tệp có ${documents.length} văn bản (${kinds}); dùng văn bản thứ ${index + 1}: ${documentTitle(doc)}.`;
  return { doc, index, note };
}

/** What `export` and `import` say and do: they differ only in their words and in what they write. */
export type ConvertSpec = {
  readonly usage: string;
  readonly missingInput: string;
  readonly oneAtATime: string;
  readonly missingOutput: string;
  /** A reason the output name is wrong, or null. */
  readonly checkOutput?: (output: string) => string | null;
  readonly build: (doc: PlanDocument) => Promise<Uint8Array | string>;
  readonly done: (doc: PlanDocument, output: string, data: Uint8Array | string) => string;
};

const CONVERT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** `<verb> <file> -o <out> [--force]`: reads one file, takes its plan, writes what `spec.build` makes. */
export async function convertCommand(args: readonly string[], io: CliIo, spec: ConvertSpec): Promise<ExitCode> {
  const parsed = parseVerbArgs(args, CONVERT_OPTIONS, true);
  if (!parsed.ok) {
    return misuse(io, parsed.message, spec.usage);
  }
  const [input, ...extra] = parsed.value.positionals;
  const output = stringOption(parsed.value, 'output');
  if (!input || extra.length > 0 || !output) {
    return misuse(io, !input ? spec.missingInput : extra.length > 0 ? spec.oneAtATime : spec.missingOutput, spec.usage);
  }
  const wrongOutput = spec.checkOutput?.(output) ?? null;
  if (wrongOutput !== null) {
    return misuse(io, wrongOutput, spec.usage);
  }
  const read = await readInput(io, input);
  if (!read.ok) {
    return fail(io, read.error.message);
  }
  const chosen = choosePlan(read.value.documents);
  if (!chosen) {
    return fail(io, `Không tìm thấy văn bản nào trong "${input}".`);
  }
  const data = await spec.build(chosen.doc);
  const written = await writeOutput(io, output, data, flag(parsed.value, 'force'), [input]);
  if (!written.ok) {
    return fail(io, written.error.message);
  }
  if (chosen.note) {
    io.out(`${chosen.note}\n`);
  }
  io.out(`${spec.done(chosen.doc, output, data)}\n`);
  return ExitCode.OK;
}
