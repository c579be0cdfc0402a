import type { PackSummary } from '../model/installed-pack';
import { problem, type PackProblem } from './problems';
import { compareSemver } from './semver';

/**
 * What importing a pack over an installed one does. The higher version is kept unless the person
 * confirms a downgrade; company-policy and built-in packs cannot be replaced from a file; a pack
 * installed from a subscription URL can be replaced only from that URL (or by policy), so a
 * second URL cannot take over a team's pack id.
 */

export type ImportAction = 'install' | 'upgrade' | 'reinstall' | 'unchanged' | 'downgrade';
export type ImportRefusal = 'downgrade' | 'managed' | 'builtin' | 'owned';

export interface InstalledInfo {
  version: string;
  hash: string;
  source: string;
  /** The URL (or file name) it came from. */
  origin?: string;
}

export interface IncomingInfo {
  id: string;
  version: string;
  hash: string;
  source: string;
  origin?: string;
}

const where = (source: string, origin: string | undefined) =>
  source === 'url'
    ? { lv: `no ${origin ?? '?'}`, en: `from ${origin ?? '?'}` }
    : { lv: `no faila «${origin ?? '?'}»`, en: `from the file "${origin ?? '?'}"` };

/**
 * Who may replace an installed pack: a URL's pack only that URL; a file's pack no URL. Policy
 * may replace anything (it is the company's word); a record whose origin is unknown (installed
 * before origins were kept) is not guarded.
 */
function ownerRefusal(installed: InstalledInfo, incoming: IncomingInfo): PackProblem | null {
  if (incoming.source === 'policy' || installed.origin === undefined) return null;
  const urlTakesFile = installed.source === 'file' && incoming.source === 'url';
  const otherTakesUrl =
    installed.source === 'url' &&
    (incoming.source !== 'url' || incoming.origin !== installed.origin);
  if (!urlTakesFile && !otherTakesUrl) return null;
  const from = where(installed.source, installed.origin);
  const to = where(incoming.source, incoming.origin);
  return problem(
    'id',
    `Paka «${incoming.id}» ir instalēta ${from.lv}; to nevar aizstāt ${to.lv}. Vispirms noņemiet instalēto paku vai tās abonementu.`,
    `The pack "${incoming.id}" was installed ${from.en}; it cannot be replaced ${to.en}. Remove the installed pack or its subscription first.`,
  );
}

export type ImportPlan =
  { ok: true; action: ImportAction } | { ok: false; refusal: ImportRefusal; problem: PackProblem };

export function planImport(
  installed: InstalledInfo | undefined,
  incoming: IncomingInfo,
  confirmDowngrade = false,
): ImportPlan {
  if (!installed) return { ok: true, action: 'install' };
  if (installed.source === 'policy' && incoming.source !== 'policy') {
    return {
      ok: false,
      refusal: 'managed',
      problem: problem(
        'id',
        `Paku «${incoming.id}» pārvalda uzņēmuma politika; to nevar aizstāt ar failu.`,
        `The pack "${incoming.id}" is managed by company policy and cannot be replaced from a file.`,
      ),
    };
  }
  if (installed.source === 'builtin' && incoming.source !== 'builtin') {
    return {
      ok: false,
      refusal: 'builtin',
      problem: problem(
        'id',
        `Identifikators «${incoming.id}» pieder iebūvētajai pakai; izvēlieties citu.`,
        `The id "${incoming.id}" belongs to the built-in pack; choose another id.`,
      ),
    };
  }
  const owned = ownerRefusal(installed, incoming);
  if (owned) return { ok: false, refusal: 'owned', problem: owned };
  if (installed.hash === incoming.hash) return { ok: true, action: 'unchanged' };
  const order = compareSemver(incoming.version, installed.version);
  if (order > 0) return { ok: true, action: 'upgrade' };
  if (order === 0) return { ok: true, action: 'reinstall' };
  if (confirmDowngrade) return { ok: true, action: 'downgrade' };
  return {
    ok: false,
    refusal: 'downgrade',
    problem: problem(
      'version',
      `Ir instalēta jaunāka versija ${installed.version}; versiju ${incoming.version} var instalēt tikai, ja apstiprināt atgriešanos.`,
      `Version ${installed.version} is installed; ${incoming.version} is older and is installed only if you confirm the downgrade.`,
    ),
  };
}

/** What an import did: installed (with warnings), or refused with every problem listed. */
export type ImportResult =
  | {
      ok: true;
      action: ImportAction;
      pack: PackSummary;
      previousVersion?: string;
      warnings: PackProblem[];
    }
  | {
      ok: false;
      reason: 'invalid' | ImportRefusal | 'storage';
      errors: PackProblem[];
      warnings: PackProblem[];
      installedVersion?: string;
      incomingVersion?: string;
    };
