import * as v from 'valibot';
import { PROFILE_VARIABLES, type ProfileVariable } from '../core/model/settings';
import { RULE_ID_PATTERN } from '../core/packs/schema-parts';
import { MAX_PAGE_FINDINGS, type PageProtocolMap } from './page-messages';

/** Request schemas of the page protocol: bounded, because content scripts sit beside the page. */

const MAX_TEXT = 2000;
export const boundedText = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const ruleId = v.pipe(v.string(), v.maxLength(100), v.regex(RULE_ID_PATTERN));

/** A match's own values: a few short named strings. */
const vars = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/)), boundedText(200)),
  v.check((record) => Object.keys(record).length <= 8, 'too many match values'),
);

const finding = v.strictObject({
  ruleId,
  start: offset,
  end: offset,
  text: boundedText(200),
  severity: v.picklist(['warning', 'info']),
  vars: v.optional(vars),
});

/** Enough of a finding to find it again in a field (the sidebar's apply). */
export const findingRefSchema = v.strictObject({
  ruleId,
  start: offset,
  end: offset,
  text: boundedText(200),
});

// Every profile variable, each optional and bounded.
const values = v.strictObject(
  Object.fromEntries(
    PROFILE_VARIABLES.map((name) => [name, v.optional(boundedText(200))]),
  ) as Record<ProfileVariable, v.OptionalSchema<ReturnType<typeof boundedText>, undefined>>,
);

export const pageSchemas: {
  [K in keyof PageProtocolMap]: v.GenericSchema<unknown, PageProtocolMap[K]['request']>;
} = {
  'page:setup': v.strictObject({}),
  'page:findings': v.strictObject({
    findings: v.pipe(v.array(finding), v.maxLength(MAX_PAGE_FINDINGS)),
  }),
  'page:values': v.strictObject({ values }),
  'page:tel-click': v.strictObject({ number: boundedText(40) }),
  'page:card': v.strictObject({
    findings: v.nullable(v.pipe(v.array(finding), v.maxLength(MAX_PAGE_FINDINGS))),
  }),
  'page:interaction': v.strictObject({}),
  'page:expand': v.strictObject({ abbreviation: boundedText(40) }),
  'page:fill': v.strictObject({ finding }),
};
