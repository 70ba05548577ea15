/**
 * The CLI's one door to the Node services it shares with the hosts and to the .docx writer.
 * The lint zone's module patterns "electron" and "docx" also match these relative folder paths
 * (electron/services, core/docx), which the layer rules allow for cli; hence the scoped disables here.
 */
/* eslint-disable no-restricted-imports -- relative paths into electron/services and core/docx, not the electron or docx packages */
export { readDocumentFile, type ReadDocuments } from '../electron/services/documents/read-document-file';
export { pathExists, writeFileAtomic } from '../electron/services/fs/atomic-write';
export {
  findTemplate,
  loadTemplateCatalogue,
  type TemplateCatalogue,
} from '../electron/services/templates/template-catalogue';
export { writeDocx } from '../core/docx/index';
/* eslint-enable no-restricted-imports */
