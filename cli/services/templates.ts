/** The CLI's door to the templates catalogue it shares with the hosts (templates/<id>/template.json). */
export { findTemplate, loadTemplateCatalogue, type TemplateCatalogue } from '../../electron/services/templates/template-catalogue';
