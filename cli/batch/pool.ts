/** The batch worker threads: shared with the app's batch review (electron/services/batch). */
export * from '../../electron/services/batch/pool';
