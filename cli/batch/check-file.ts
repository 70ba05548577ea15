/** The check of one file of a batch: shared with the app's batch review (electron/services/batch). */
export * from '../../electron/services/batch/check-file';
