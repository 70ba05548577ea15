export type { IssuingBody, StarterBlock, Template, TemplateSection } from './template-schema';
export { templateSchema } from './template-schema';
export type { Profile, ProfileSection } from './profile';
export { profileFromTemplate } from './profile';
export { instantiateTemplate, parseTemplate } from './instantiate';
export type { InstantiateOptions } from './instantiate';
