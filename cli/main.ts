/**
 * The `kehoach` command: dispatches verbs. Exit 0 ok, 1 errors found, 2 unreadable input or bad usage.
 * TODO(#2): commands are being written.
 */
export async function main(argv: readonly string[]): Promise<number> {
  process.stderr.write(`kehoach: lệnh "${argv[0] ?? ''}" chưa có.\n`);
  return 2;
}
