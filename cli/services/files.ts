/** The CLI's door to the atomic file writes it shares with the hosts. */
export { pathExists, writeFileAtomic } from '../../electron/services/fs/atomic-write';
export { writeFailureReason } from '../../electron/services/fs/write-errors';
