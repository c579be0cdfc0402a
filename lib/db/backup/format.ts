import * as v from 'valibot';
import type { Pack } from '../../packs/types';
import { CHANNELS, CHECKLIST_KINDS, PHASES } from '../../packs/types';
import {
  checklistItemSchema,
  libraryPhraseSchema,
  ruleOverrideSchema,
  ruleSchema,
  strict,
  text,
  VARIABLES,
} from '../../packs/schema';
import type {
  CallRecord,
  ContactRecord,
  PersonalChecklistItemRecord,
  PersonalPhraseRecord,
  PersonalRuleRecord,
  RuleOverrideRecord,
  RuleStatRecord,
  Settings,
  SiteProfileRecord,
  SiteSettingsRecord,
} from '../records';

/**
 * `laipni-backup/1`: personal data and call history in one JSON file. Restore validates every
 * record against these schemas first, so a bad file cannot put a record the app cannot read.
 */

export const BACKUP_FORMAT = 'laipni-backup/1' as const;

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
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  data: {
    settings: Partial<Settings>;
    ruleOverrides: RuleOverrideRecord[];
    personalRules: PersonalRuleRecord[];
    personalChecklistItems: PersonalChecklistItemRecord[];
    personalPhrases: PersonalPhraseRecord[];
    calls: CallRecord[];
    contacts: ContactRecord[];
    siteSettings: SiteSettingsRecord[];
    siteProfiles: SiteProfileRecord[];
    ruleStats: RuleStatRecord[];
    /** Packs the agent installed from a file or URL (built-in and policy packs come back by themselves). */
    packs: BackupPack[];
    /** The contact-key secret, so restored contacts are recognised again. */
    installationSecret?: string;
  };
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const key = text(200);
const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const list = <T extends v.GenericSchema>(schema: T, max = 1_000_000) =>
  v.pipe(v.array(schema), v.maxLength(max));
const rec = (what: string) => ({ lv: what, en: what });

const settingsSchema = strict(
  {
    agentName: v.optional(text(200, 0)),
    agentSurname: v.optional(text(200, 0)),
    company: v.optional(text(200, 0)),
    uiLanguage: v.optional(v.picklist(['lv', 'en'])),
    retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
    repeatCallWindowHours: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 366))),
    abbreviationKey: v.optional(v.picklist(['tab', 'space'])),
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
      strict({ variable: v.picklist([...VARIABLES, 'contactKey']), selector }, rec('variable')),
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

export const backupSchema = strict(
  {
    format: v.literal(BACKUP_FORMAT),
    createdAt: text(64),
    data: strict(
      {
        settings: settingsSchema,
        ruleOverrides: list(
          strict({ ...ruleOverrideSchema.entries, updatedAt: time }, rec('rule override')),
        ),
        personalRules: list(
          strict({ id: key, rule: ruleSchema, updatedAt: time }, rec('personal rule')),
        ),
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
      },
      rec('data'),
    ),
  },
  rec('backup'),
);
