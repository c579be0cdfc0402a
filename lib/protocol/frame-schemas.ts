import * as v from 'valibot';
import { EMBED_KINDS, type FrameProtocolMap } from './frame-messages';

const empty = v.strictObject({});

/** Request schemas of the frame family (sent by bootstraps beside a hostile page). */
export const frameSchemas: {
  [K in keyof FrameProtocolMap]: v.GenericSchema<unknown, FrameProtocolMap[K]['request']>;
} = {
  'frame:load-engine': empty,
  'frame:toggle-sidebar': empty,
  'frame:embed-token': v.strictObject({ kind: v.picklist(EMBED_KINDS) }),
  'frame:sidebar-width': empty,
  'frame:sidebar-state': v.strictObject({ open: v.boolean() }),
};
