import type { SiteScope } from '../../../lib/core/model/pack';
import type { Translate } from '../../../lib/core/i18n/translate';

/** A rule's or script's sites as the agent reads them: host names, then «profile …»; null = every site. */
export function siteScopeText(scope: SiteScope | undefined, t: Translate): string | null {
  const sites = [
    ...(scope?.hosts ?? []),
    ...(scope?.profiles ?? []).map((id) => t('options.applies.profile', { id })),
  ];
  return sites.length > 0 ? sites.join(', ') : null;
}
