/**
 * The editor bridge: EditorState ↔ PlanDocument body. Lexical JSON never goes to disk; this does.
 */
export { $importBody, $nodeOfEntry, $nodeOfFlat } from './import-body';
export { $tableNodeOf, $tableOf, emptyTable } from './table';
export { $exportBody, $exportFlat } from './export-body';
export type { ExportCache, FlatEntry } from './export-body';
