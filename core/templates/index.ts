export type { IssuingBody, StarterBlock, Template, TemplateSection } from './template-schema';
export { templateSchema } from './template-schema';
export type { Profile, ProfileSection } from './profile';
export { profileFromTemplate } from './profile';
export { instantiateTemplate } from './instantiate';
export { parseTemplate } from './parse-template';
export type { InstantiateOptions } from './instantiate';
