/**
 * Telling the user the web host is gone (stopped or restarted) and keeping the text they typed.
 */
export { ConnectionNotice } from './ConnectionNotice';
export { CONNECTION_STRINGS } from './strings';
