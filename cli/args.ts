/**
 * Option parsing for each verb over node:util parseArgs, with Vietnamese messages for unknown or
 * incomplete options (parseArgs' own English errors never reach the user).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export type ParsedArgs = {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
};

export type ArgsResult = { readonly ok: true; readonly value: ParsedArgs } | { readonly ok: false; readonly message: string };

/** Parses the arguments of one verb; unknown options or a missing value give a Vietnamese message. */
export function parseVerbArgs(args: readonly string[], options: OptionSpec, allowPositionals: boolean): ArgsResult {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals, strict: true });
    return { ok: true, value: { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals } };
  } catch (error) {
    return { ok: false, message: explain(error, args) };
  }
}

/** A string option's value, or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean flag was given. */
export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

function explain(error: unknown, args: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : '';
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
  const option = quoted.split(/[ ,]/)[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `tùy chọn không hợp lệ "${option}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return text.includes('does not take an argument')
        ? `tùy chọn "${option}" không nhận giá trị.`
        : `tùy chọn "${option}" cần một giá trị.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `thừa tham số "${quoted}".`;
    default:
      return 'tham số không hợp lệ.';
  }
}
