/** The engine version packs are checked against (`minEngineVersion`), owned by the engine. */
export { ENGINE_VERSION } from '../engine/version';
