/** The current version of the saved .kehoach format. Bump it with a migration in migrations.ts. */
export const SCHEMA_VERSION = 2;
