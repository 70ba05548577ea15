/**
 * The page feature: the A4 sheet edited in place, and the read-only body view.
 */
export { Sheet } from './Sheet';
export { paragraphTexts } from './FileSheet';
export type { SheetProps } from './Sheet';
export { BodyView, RunsView } from './BodyView';
export { AppendixSheet, deleteAppendixQuestion } from './AppendixSheet';
export type { AppendixSheetProps } from './AppendixSheet';
export { TableView } from './TableView';
export { fromIsoDate, toIsoDate } from './DateLine';
export { recipientsFromText, recipientsToText } from './SignatureArea';
export { SIGNER_PRESETS } from './SignerForm';
export { SHEET_STRINGS } from './strings';
