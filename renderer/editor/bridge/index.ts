/**
 * The editor bridge: EditorState ↔ PlanDocument body. Lexical JSON never goes to disk; this does.
 */
export { $importBody, $nodeOfFlat } from './import-body';
export { $exportBody, $exportFlat } from './export-body';
export type { ExportCache, FlatEntry } from './export-body';
export { normalizeRuns } from './runs';
