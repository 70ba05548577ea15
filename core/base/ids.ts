/**
 * Stable block ids. A counter-based generator keeps ids deterministic in tests and goldens.
 */

export type IdGenerator = () => string;

/** Returns a generator of ids "<prefix>1", "<prefix>2", …. */
export function createIdGenerator(prefix = 'b'): IdGenerator {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}

/** A random id for blocks created interactively (collision-safe across sessions). */
export function randomId(prefix = 'b'): string {
  const bytes = new Uint8Array(8);
  // core has no DOM or node types: reach the Web Crypto that both runtimes provide.
  (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
