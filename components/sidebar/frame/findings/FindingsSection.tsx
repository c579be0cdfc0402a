import type { Finding } from '../../../../lib/core/model/finding';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';
import { FindingItem } from './FindingItem';
import './findings.css';

/** The focused field's findings; applying goes through the page's field adapter (undo-safe). */
export function FindingsSection(props: { findings: readonly Finding[] }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();

  const apply = async (finding: Finding, suggestion: string) => {
    const { ruleId, start, end, text } = finding;
    const result = await store
      .run({ name: 'apply', params: { finding: { ruleId, start, end, text }, suggestion } })
      .catch(() => ({ ok: false as const, reason: 'no-answer' }));
    announce(t(result.ok ? 'sidebar.findings.applied' : 'sidebar.findings.failed'));
  };

  return (
    <section class="sidebar-section" aria-labelledby="sb-findings" data-laipni="findings">
      <h2 id="sb-findings">
        {t('sidebar.sectionFindings')}
        {props.findings.length > 0 && <span class="count"> {props.findings.length}</span>}
      </h2>
      {props.findings.length === 0 ? (
        <p class="hint">{t('sidebar.emptyFindings')}</p>
      ) : (
        <ul class="findings">
          {props.findings.map((finding) => (
            <FindingItem
              key={`${finding.ruleId}:${finding.start}`}
              finding={finding}
              onApply={(suggestion) => void apply(finding, suggestion)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
