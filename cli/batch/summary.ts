/**
 * The summary of a batch check (rows, CSV, HTML table): the model lives in core/report/batch-summary.ts,
 * shared with the app's batch review so that both give the same rows.
 */
export * from '../../core/report/batch-summary';
