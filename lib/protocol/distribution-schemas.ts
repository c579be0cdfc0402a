import * as v from 'valibot';
import { SEMVER_PATTERN } from '../core/packs/semver';
import type { DistributionProtocolMap } from './distribution-messages';

/** Request schemas of the team-distribution messages (privileged, still bounded). */

const url = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));

export const distributionSchemas: {
  [K in keyof DistributionProtocolMap]: v.GenericSchema<
    unknown,
    DistributionProtocolMap[K]['request']
  >;
} = {
  'data:subscribe': v.strictObject({
    url,
    pinnedVersion: v.optional(v.pipe(v.string(), v.maxLength(100), v.regex(SEMVER_PATTERN))),
  }),
  'data:refresh-subscription': v.strictObject({ url: v.optional(url) }),
  'data:subscription-diff': v.strictObject({ url }),
  'data:get-policy': v.strictObject({}),
  'data:set-distribution-settings': v.strictObject({
    refreshMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(10080))),
    pinnedKeys: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50))),
  }),
};
