import * as v from 'valibot';
import { MAX_REFRESH_MINUTES, MIN_REFRESH_MINUTES } from '../core/model/distribution';
import { SEMVER_PATTERN } from '../core/packs/semver';
import type { DistributionProtocolMap } from './distribution-messages';

/** Request schemas of the team-distribution messages (privileged, still bounded). */

const url = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const key = v.pipe(v.string(), v.maxLength(200));

export const distributionSchemas: {
  [K in keyof DistributionProtocolMap]: v.GenericSchema<
    unknown,
    DistributionProtocolMap[K]['request']
  >;
} = {
  'data:subscribe': v.strictObject({
    url,
    pinnedVersion: v.optional(v.pipe(v.string(), v.maxLength(100), v.regex(SEMVER_PATTERN))),
    pinnedKeys: v.optional(v.pipe(v.array(key), v.maxLength(20))),
    teamName: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  'data:probe-subscription': v.strictObject({ url }),
  'data:refresh-subscription': v.strictObject({ url: v.optional(url) }),
  'data:subscription-diff': v.strictObject({ url }),
  'data:get-policy': v.strictObject({}),
  'data:set-distribution-settings': v.strictObject({
    refreshMinutes: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(MIN_REFRESH_MINUTES),
        v.maxValue(MAX_REFRESH_MINUTES),
      ),
    ),
    pinnedKeys: v.optional(v.pipe(v.array(key), v.maxLength(50))),
  }),
};
