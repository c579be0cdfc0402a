import type { Pack } from '../model/pack';
import pack from '../../../scripts-data/builtin-pack.json';

/** The built-in handbook pack (`laipni-handbook`), validated against the schema in tests. */
export const BUILTIN_PACK: Pack = pack as unknown as Pack;
