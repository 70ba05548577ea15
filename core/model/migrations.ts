/**
 * Migrations of saved plans: each step takes version n JSON to n+1. Version 1 is the first.
 */
import { SCHEMA_VERSION } from './schema-version';

type Migration = (json: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] takes a version-n document to version n+1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** 1 → 2: tables and appendices (phụ lục); a version-1 plan has none. */
  1: (json) => ({ ...json, appendices: Array.isArray(json['appendices']) ? json['appendices'] : [] }),
};

/** Brings an older document up to the current version; the caller has checked it is not newer. */
export function migrate(json: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = json;
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      throw new Error(`no migration from schema ${v}`);
    }
    current = step(current);
  }
  const meta = (current['meta'] ?? {}) as Record<string, unknown>;
  return { ...current, meta: { ...meta, schemaVersion: SCHEMA_VERSION } };
}
