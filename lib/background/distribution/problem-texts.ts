import type { Bilingual } from '../../core/model/text';
import type { PackProblem } from '../../core/packs/problems';

/**
 * What went wrong with a subscription, in words an agent understands, in Latvian and English.
 * Every failure keeps the installed version; the sentence says so when there is one.
 */

export type { Bilingual };

const KEPT: Bilingual = {
  lv: ' Iepriekšējā versija paliek spēkā.',
  en: ' The previous version stays in use.',
};

export function withKept(message: Bilingual, hasPrevious: boolean): Bilingual {
  return hasPrevious ? { lv: message.lv + KEPT.lv, en: message.en + KEPT.en } : message;
}

export const text = {
  insecure: (): Bilingual => ({
    lv: 'Adrese nav atļauta: izmantojiet https:// (http:// der tikai localhost).',
    en: 'The address is not allowed: use https:// (http:// only for localhost).',
  }),
  network: (host: string, detail: string): Bilingual => ({
    lv: `Neizdevās sazināties ar ${host} (${detail}).`,
    en: `Could not reach ${host} (${detail}).`,
  }),
  timeout: (seconds: number): Bilingual => ({
    lv: `Serveris neatbildēja ${seconds} sekunžu laikā.`,
    en: `The server did not answer within ${seconds} seconds.`,
  }),
  notFound: (): Bilingual => ({
    lv: 'Šajā adresē paka nav atrasta (HTTP 404).',
    en: 'There is no pack at this address (HTTP 404).',
  }),
  status: (status: number): Bilingual => ({
    lv: `Serveris atbildēja ar kļūdu (HTTP ${status}).`,
    en: `The server answered with an error (HTTP ${status}).`,
  }),
  tooLarge: (mb: number): Bilingual => ({
    lv: `Fails ir lielāks par ${mb} MB; tā nav Laipni paka.`,
    en: `The file is larger than ${mb} MB; it is not a Laipni pack.`,
  }),
  notJson: (detail: string): Bilingual => ({
    lv: `Lejupielādētais fails nav JSON (${detail}).`,
    en: `The downloaded file is not JSON (${detail}).`,
  }),
  invalid: (first: PackProblem, more: number): Bilingual => {
    const at = first.path === '' ? '' : `${first.path}: `;
    return {
      lv: `Paka nav derīga — ${at}${first.lv}${more > 0 ? ` (un vēl ${more} kļūdas)` : ''}.`,
      en: `The pack is not valid — ${at}${first.en}${more > 0 ? ` (and ${more} more errors)` : ''}.`,
    };
  },
  otherPack: (expected: string, got: string): Bilingual => ({
    lv: `Šī adrese agrāk deva paku «${expected}», tagad «${got}»; tā netika instalēta.`,
    en: `This address used to serve the pack "${expected}" and now serves "${got}"; it was not installed.`,
  }),
  downgrade: (installed: string, incoming: string): Bilingual => ({
    lv: `Serverī ir versija ${incoming}, bet instalēta ir jaunāka ${installed}. Vecāku versiju instalē tikai, ja abonementā tā ir piesprausta.`,
    en: `The server has version ${incoming}, but the newer ${installed} is installed. An older version is installed only when the subscription pins it.`,
  }),
  pinned: (pinned: string, offered: string): Bilingual => ({
    lv: `Abonements piesprausts versijai ${pinned}; serverī ir ${offered}, tāpēc nekas netika mainīts.`,
    en: `The subscription is pinned to version ${pinned}; the server has ${offered}, so nothing changed.`,
  }),
  storage: (problem: PackProblem): Bilingual => ({ lv: problem.lv, en: problem.en }),
};
