/** Node's zlib for the .docx reader and writer (electron/services/documents/node-zlib.ts, shared with the document worker). */
export { nodeDeflater, useNodeInflater } from '../../electron/services/documents/node-zlib';
