import type { Rule } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import { siteScopeText } from '../../common/site-scope-text';

/** Where a rule applies: call phases, channels, sites, repeat calls. */
export function AppliesTo(props: { rule: Rule }) {
  const { t } = useI18n();
  const { rule } = props;
  const phases = rule.phases?.length
    ? rule.phases.map((p) => t(`options.phase.${p}`)).join(', ')
    : t('options.applies.allPhases');
  const channels = rule.channels?.length
    ? rule.channels.map((c) => t(`options.channel.${c}`)).join(', ')
    : t('options.applies.allChannels');
  const sites = siteScopeText(rule.sites, t);
  return (
    <dl class="applies">
      <dt>{t('options.applies.phases')}</dt>
      <dd>{phases}</dd>
      <dt>{t('options.applies.channels')}</dt>
      <dd>{channels}</dd>
      <dt>{t('options.applies.sites')}</dt>
      <dd data-testid="rule-sites">{sites ?? t('options.applies.allSites')}</dd>
      {rule.repeatCall !== undefined ? (
        <>
          <dt>{t('options.applies.calls')}</dt>
          <dd>{t(rule.repeatCall ? 'options.applies.repeatOnly' : 'options.applies.firstOnly')}</dd>
        </>
      ) : null}
    </dl>
  );
}
