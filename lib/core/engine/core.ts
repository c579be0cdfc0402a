/**
 * The engine without the built-in pack, for bundles that receive their rule set as JSON
 * (the content script): everything in index.ts except the default pack.
 */
export { createCheckerFromPacks } from './checker';
export { detectChecklistItems } from './checklist';
export { fillTemplate, type FilledTemplate } from './template';
export { resolveVariables } from './context';
export { vocative } from './vocative';
export { greetingFor } from './greeting';
export { foldString } from './fold';
export { ENGINE_VERSION, supportsMatcherKind, supportsEngineVersion } from './version';
export { isImperative2pl } from './kinds/imperative-grammar';
export type { CheckContext, Checker, CheckerOptions, CheckSession } from './checker-types';
