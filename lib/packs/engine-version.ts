/**
 * The engine version packs are checked against (`minEngineVersion`). Kept in one place so the
 * validator does not need to load the engine just to know its version.
 */
export const ENGINE_VERSION = '1.0.0';
