/**
 * Migrations of saved plans: each step takes version n JSON to n+1. Version 1 is the first.
 */
import { assertBug } from '../base/bug-error';
import { SCHEMA_VERSION } from './schema-version';

type Migration = (json: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] takes a version-n document to version n+1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** 1 → 2: tables and appendices (phụ lục); a version-1 plan has none. */
  1: (json) => ({ ...json, appendices: Array.isArray(json['appendices']) ? json['appendices'] : [] }),
};

/** Whether a schemaVersion is one this build can read: an integer from 1 to SCHEMA_VERSION. */
export function isKnownVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SCHEMA_VERSION;
}

/**
 * Brings an older document up to the current version. The caller has checked the version with isKnownVersion
 * (0, -5, 0.5 or "2" have no migration path); a version without a step is a bug in this table.
 */
export function migrate(json: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  assertBug(isKnownVersion(fromVersion), `migrate called with schema ${String(fromVersion)}; check isKnownVersion first`);
  let current = json;
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    assertBug(step !== undefined, `no migration from schema ${v}`);
    current = step(current);
  }
  const meta = (current['meta'] ?? {}) as Record<string, unknown>;
  return { ...current, meta: { ...meta, schemaVersion: SCHEMA_VERSION } };
}
