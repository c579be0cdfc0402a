import * as v from 'valibot';
import { bi } from '../../core/packs/issue-text';
import { clip } from '../../core/packs/problems';
import { CHANNELS, CHECKLIST_KINDS, PHASES, type Pack } from '../../core/model/pack';
import {
  checklistItemSchema,
  libraryPhraseSchema,
  ruleOverrideSchema,
  ruleSchema,
} from '../../core/packs/schema';
import { strict, text } from '../../core/packs/schema-parts';
import { scriptSchema } from '../../core/scripts/schema';
import type { CallRecord, ContactRecord } from '../../core/model/call';
import { voiceSummarySchema } from '../../core/voice/schemas';
import type {
  PersonalChecklistItemRecord,
  PersonalPhraseRecord,
  PersonalRuleRecord,
  PersonalScriptRecord,
  RuleOverrideRecord,
  RuleStatRecord,
} from '../records';
import {
  PROFILE_VARIABLES,
  type Settings,
  type SiteProfileRecord,
  type SiteSettingsRecord,
} from '../../core/model/settings';
import { distributionSchema, type BackupDistribution } from './distribution';
import { rec, time } from './fields';
import { scriptProgressSchema } from './script-progress';

/**
 * `laipni-backup/2`: personal data, call history and the agent's team distribution
 * (subscriptions, pinned keys; distribution.ts) in one JSON file. `laipni-backup/1` files, from
 * before subscriptions were backed up, are still restored: the same data without distribution.
 * Restore validates every record against these schemas first, so a bad file cannot put a record
 * the app cannot read.
 */

export const BACKUP_FORMAT = 'laipni-backup/2' as const;
export const BACKUP_FORMAT_V1 = 'laipni-backup/1' as const;
export const BACKUP_FORMATS = [BACKUP_FORMAT_V1, BACKUP_FORMAT] as const;

export interface BackupPack {
  id: string;
  source: 'file' | 'url';
  priority: number;
  status: 'active' | 'disabled';
  origin?: string;
  installedAt: number;
  updatedAt: number;
  pack: Pack;
}

export interface BackupFile {
  format: (typeof BACKUP_FORMATS)[number];
  createdAt: string;
  data: {
    settings: Partial<Settings>;
    ruleOverrides: RuleOverrideRecord[];
    personalRules: PersonalRuleRecord[];
    personalChecklistItems: PersonalChecklistItemRecord[];
    personalPhrases: PersonalPhraseRecord[];
    /** The agent's call scripts (absent from backups made before scripts existed). */
    personalScripts?: PersonalScriptRecord[];
    calls: CallRecord[];
    contacts: ContactRecord[];
    siteSettings: SiteSettingsRecord[];
    siteProfiles: SiteProfileRecord[];
    ruleStats: RuleStatRecord[];
    /** Packs the agent installed from a file or URL (built-in and policy packs come back by themselves). */
    packs: BackupPack[];
    /** The contact-key secret, so restored contacts are recognised again. */
    installationSecret?: string;
    /** Subscriptions and pinned keys (`laipni-backup/2`; absent from `/1` files). */
    distribution?: BackupDistribution;
  };
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const key = text(200);
const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const list = <T extends v.GenericSchema>(schema: T, max = 1_000_000) =>
  v.pipe(v.array(schema), v.maxLength(max));

const settingsSchema = strict(
  {
    agentName: v.optional(text(200, 0)),
    agentSurname: v.optional(text(200, 0)),
    company: v.optional(text(200, 0)),
    uiLanguage: v.optional(v.picklist(['lv', 'en'])),
    retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
    repeatCallWindowHours: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 366))),
    abbreviationKey: v.optional(v.picklist(['tab', 'space'])),
    sidebarMode: v.optional(v.picklist(['in-page', 'side-panel'])),
    voiceCustomerDevice: v.optional(text(200, 0)),
  },
  rec('settings'),
);

const callSchema = strict(
  {
    id: key,
    startedAt: time,
    endedAt: nullable(time),
    tabId: nullable(v.pipe(v.number(), v.integer())),
    site: text(500, 0),
    direction: v.picklist(['inbound', 'outbound']),
    contactKey: nullable(key),
    customerName: nullable(text(500, 0)),
    startedByAgent: v.boolean(),
    repeatOfCallId: nullable(key),
    phases: list(strict({ phase: v.picklist(PHASES), at: time }, rec('phase')), 1000),
    ticks: list(
      strict(
        { itemId: key, checklist: v.picklist(CHECKLIST_KINDS), at: time, auto: v.boolean() },
        rec('tick'),
      ),
      1000,
    ),
    findings: count,
    accepted: count,
    ignored: count,
    dropped: v.boolean(),
    outcome: v.picklist(['open', 'completed', 'dropped']),
    rulesVersion: nullable(text(100)),
    callbackDismissed: v.optional(v.boolean()),
    callBackOf: v.optional(key),
    script: v.optional(scriptProgressSchema),
    voice: v.optional(voiceSummarySchema),
  },
  rec('call'),
);

const selector = text(2000);
const profileSchema = strict(
  {
    id: key,
    name: text(200),
    site: text(500),
    pathPrefix: v.optional(text(2000, 0)),
    variables: list(
      strict({ variable: v.picklist(PROFILE_VARIABLES), selector }, rec('variable')),
      100,
    ),
    channels: list(strict({ selector, channel: v.picklist(CHANNELS) }, rec('channel')), 100),
    source: v.picklist(['builtin', 'user', 'policy']),
    updatedAt: time,
  },
  rec('site profile'),
);

/** A pack inside a backup; the pack itself is checked by the pack validator afterwards. */
const backupPackSchema = strict(
  {
    id: key,
    source: v.picklist(['file', 'url']),
    priority: v.pipe(v.number(), v.integer()),
    status: v.picklist(['active', 'disabled']),
    origin: v.optional(text(2000)),
    installedAt: time,
    updatedAt: time,
    pack: v.unknown(),
  },
  rec('pack'),
);

/** The data of both formats; `/2` adds `distribution`. */
export const dataEntries = {
  settings: settingsSchema,
  ruleOverrides: list(
    strict({ ...ruleOverrideSchema.entries, updatedAt: time }, rec('rule override')),
  ),
  personalRules: list(strict({ id: key, rule: ruleSchema, updatedAt: time }, rec('personal rule'))),
  personalChecklistItems: list(
    strict(
      {
        id: key,
        checklist: v.picklist(CHECKLIST_KINDS),
        item: checklistItemSchema,
        order: v.number(),
        updatedAt: time,
      },
      rec('checklist item'),
    ),
  ),
  personalPhrases: list(
    strict({ id: key, phrase: libraryPhraseSchema, updatedAt: time }, rec('phrase')),
  ),
  personalScripts: v.optional(
    list(
      strict({ id: key, script: scriptSchema, updatedAt: time }, rec('personal script')),
      10_000,
    ),
  ),
  calls: list(callSchema),
  contacts: list(
    strict(
      {
        contactKey: key,
        firstSeenAt: time,
        lastCallAt: time,
        lastCallId: key,
        callCount: count,
        customerName: nullable(text(500, 0)),
      },
      rec('contact'),
    ),
  ),
  siteSettings: list(
    strict(
      {
        site: text(500),
        enabled: v.boolean(),
        sidebarOpen: v.boolean(),
        sidebarWidth: v.pipe(v.number(), v.minValue(0), v.maxValue(10000)),
        sidebarCollapsed: v.optional(v.boolean()),
        updatedAt: time,
      },
      rec('site settings'),
    ),
  ),
  siteProfiles: list(profileSchema),
  ruleStats: list(
    strict(
      {
        day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
        ruleId: key,
        form: text(200, 0),
        flagged: count,
        accepted: count,
        ignored: count,
      },
      rec('statistics'),
    ),
  ),
  packs: list(backupPackSchema, 1000),
  installationSecret: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/))),
};

function backupOf<F extends string, D extends v.ObjectEntries>(format: F, data: D) {
  return strict(
    { format: v.literal(format), createdAt: text(64), data: strict(data, rec('data')) },
    rec('backup'),
  );
}

export const backupSchema = v.variant(
  'format',
  [
    backupOf(BACKUP_FORMAT_V1, dataEntries),
    backupOf(BACKUP_FORMAT, { ...dataEntries, distribution: distributionSchema }),
  ],
  (issue) => {
    const formats = BACKUP_FORMATS.join(', ');
    if (issue.expected === 'Object')
      return bi(
        'Rezerves kopijai jābūt JSON objektam ar lauku «format».',
        'A backup must be a JSON object with a "format".',
      );
    const received = clip(issue.received, 40);
    return bi(
      `Nezināms rezerves kopijas formāts ${received}; Laipni lasa: ${formats}.`,
      `Unknown backup format ${received}; Laipni reads: ${formats}.`,
    );
  },
);
