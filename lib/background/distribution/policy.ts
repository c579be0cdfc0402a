import { SIDEBAR_MODES } from '../../core/model/settings';
import {
  checkSubscriptionUrl,
  MAX_REFRESH_MINUTES,
  MIN_REFRESH_MINUTES,
} from '../../core/model/distribution';
import { RULE_ID_PATTERN } from '../../core/packs/schema-parts';
import { AGENT_ID_PATTERN } from '../../core/report/activity-schema';
import {
  POLICY_KEYS,
  type CompanyPolicy,
  type PolicyKey,
  type PolicyProblem,
} from '../../core/model/policy';

/**
 * Company policy as IT sets it (Chrome enterprise policy / Firefox `policies.json`, read through
 * `storage.managed`; the keys are declared in public/managed-schema.json). Parsing is lenient per
 * field: a wrong field is reported and ignored, the rest still applies, so one typo by IT never
 * switches the whole policy off. Pure; the service that applies it is ./policy-service.ts.
 */

export interface ParsedPolicy {
  policy: CompanyPolicy;
  problems: PolicyProblem[];
}

const MAX_LIST = 1_000;
const HOST =
  /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

type Reader = (value: unknown, key: string, problems: PolicyProblem[]) => unknown;

function wrong(problems: PolicyProblem[], key: string, lv: string, en: string): undefined {
  problems.push({ key, lv, en });
  return undefined;
}

function strings(check: (s: string) => string | null, what: { lv: string; en: string }): Reader {
  return (value, key, problems) => {
    if (!Array.isArray(value) || value.length > MAX_LIST)
      return wrong(problems, key, `Vajag sarakstu (${what.lv}).`, `Expected a list (${what.en}).`);
    const out: string[] = [];
    value.forEach((item, i) => {
      const ok = typeof item === 'string' ? check(item) : null;
      if (ok === null)
        wrong(
          problems,
          `${key}[${i}]`,
          `Nederīgs ieraksts (${what.lv}).`,
          `Invalid entry (${what.en}).`,
        );
      else if (!out.includes(ok)) out.push(ok);
    });
    return out;
  };
}

function integer(min: number, max: number): Reader {
  return (value, key, problems) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : wrong(
          problems,
          key,
          `Vajag veselu skaitli ${min}–${max}.`,
          `Expected a whole number ${min}–${max}.`,
        );
}

const sidebarMode: Reader = (value, key, problems) =>
  (SIDEBAR_MODES as readonly unknown[]).includes(value)
    ? value
    : wrong(
        problems,
        key,
        'Vajag "in-page" vai "side-panel".',
        'Expected "in-page" or "side-panel".',
      );

const boolean: Reader = (value, key, problems) =>
  typeof value === 'boolean'
    ? value
    : wrong(problems, key, 'Vajag true vai false.', 'Expected true or false.');

const url = (s: string) => {
  const checked = checkSubscriptionUrl(s);
  return checked.ok ? checked.url : null;
};
const ruleId = (s: string) => (RULE_ID_PATTERN.test(s) && s.length <= 100 ? s : null);
const key = (s: string) => (/^[A-Za-z0-9+/]{42,43}=?$/.test(s.trim()) ? s.trim() : null);
const host = (s: string) => {
  const h = s.trim().toLowerCase();
  return HOST.test(h) && h.length <= 253 ? h : null;
};

const inline: Reader = (value, k, problems) => {
  if (!Array.isArray(value) || value.length > 100)
    return wrong(problems, k, 'Vajag paku sarakstu.', 'Expected a list of packs.');
  return value.filter((item, i) => {
    if (typeof item === 'string' || (typeof item === 'object' && item !== null)) return true;
    wrong(
      problems,
      `${k}[${i}]`,
      'Paka jādod kā JSON teksts.',
      'A pack must be given as JSON text.',
    );
    return false;
  });
};

const text =
  (check: (s: string) => string | null, lv: string, en: string): Reader =>
  (value, k, problems) => {
    const checked = typeof value === 'string' ? check(value) : null;
    return checked ?? wrong(problems, k, lv, en);
  };
const exportBase = (s: string) => {
  const checked = url(s.trim().replace(/\/+$/, ''));
  return checked && !/[?#]/.test(checked) ? checked.replace(/\/+$/, '') : null;
};
const exportId = (s: string) => (AGENT_ID_PATTERN.test(s) ? s : null);
/** A header value: a scheme and credentials in visible ASCII, no line break (no header of its own). */
const authorization = (s: string) =>
  /^[!-~]+ [ -~]*[!-~]$/.test(s) && s.length <= 4096 ? s : null;

const READERS: { [K in PolicyKey]: Reader } = {
  packUrls: strings(url, { lv: 'https:// adreses', en: 'https:// URLs' }),
  inlinePacks: inline,
  lockedRuleIds: strings(ruleId, { lv: 'noteikumu identifikatori', en: 'rule ids' }),
  publicKeys: strings(key, {
    lv: 'Ed25519 publiskās atslēgas base64',
    en: 'base64 Ed25519 public keys',
  }),
  personalRulesAllowed: boolean,
  retentionDays: integer(1, 3650),
  refreshMinutes: integer(MIN_REFRESH_MINUTES, MAX_REFRESH_MINUTES),
  onlySites: strings(host, { lv: 'vietņu nosaukumi', en: 'host names' }),
  disabledSites: strings(host, { lv: 'vietņu nosaukumi', en: 'host names' }),
  sidebarOpenByDefault: boolean,
  sidebarWidth: integer(240, 1200),
  activityExportUrl: text(
    exportBase,
    'Vajag https:// adresi bez ? un # (http:// tikai localhost).',
    'Expected an https:// address without ? or # (http:// only for localhost).',
  ),
  activityAgentId: text(
    exportId,
    'Identifikatorā drīkst būt latīņu burti, cipari, punkti, defises un pasvītras, līdz 64 rakstzīmēm.',
    'An id may contain Latin letters, digits, dots, hyphens and underscores, up to 64 characters.',
  ),
  activityTeam: text(
    exportId,
    'Identifikatorā drīkst būt latīņu burti, cipari, punkti, defises un pasvītras, līdz 64 rakstzīmēm.',
    'An id may contain Latin letters, digits, dots, hyphens and underscores, up to 64 characters.',
  ),
  activityExportAuthorization: text(
    authorization,
    'Vajag HTTP galvenes Authorization vērtību, piem., «Bearer …» vai «Basic …» (drukājamas ASCII rakstzīmes, bez rindu pārnesumiem, līdz 4096).',
    'Expected the value of an HTTP Authorization header, e.g. "Bearer …" or "Basic …" (printable ASCII, no line breaks, up to 4096).',
  ),
  sidebarMode,
};

/** Reads whatever `storage.managed.get()` returned. Unknown keys are reported, never fatal. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const problems: PolicyProblem[] = [];
  const policy: Record<string, unknown> = {};
  if (raw === null || raw === undefined) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    wrong(problems, '', 'Politikai jābūt objektam.', 'The policy must be an object.');
    return { policy, problems };
  }
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const reader = (READERS as Record<string, Reader | undefined>)[name];
    if (!reader) {
      wrong(
        problems,
        name,
        'Nezināms politikas iestatījums; ignorēts.',
        'Unknown policy setting; ignored.',
      );
      continue;
    }
    const parsed = reader(value, name, problems);
    if (parsed !== undefined) policy[name] = parsed;
  }
  return { policy: policy as CompanyPolicy, problems };
}

/** The settings the company manages (the UI says "managed by your company" for these). */
export function managedKeys(policy: CompanyPolicy): PolicyKey[] {
  return POLICY_KEYS.filter((k) => policy[k] !== undefined);
}

/** Whether a site may run Laipni under the policy's "only these sites" list. */
export function siteAllowedByPolicy(policy: CompanyPolicy, site: string): boolean {
  const only = policy.onlySites;
  if (!only || only.length === 0) return true;
  const h = site.toLowerCase();
  return only.some((entry) =>
    entry.startsWith('*.') ? h === entry.slice(2) || h.endsWith(entry.slice(1)) : h === entry,
  );
}
