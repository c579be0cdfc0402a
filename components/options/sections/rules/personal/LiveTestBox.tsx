import { useId, useMemo, useState } from 'preact/hooks';
import { getSettings } from '../../../../../lib/data/settings';
import { createChecker } from '../../../../../lib/core/engine';
import type { Checker } from '../../../../../lib/core/engine/checker-types';
import { validateRule } from '../../../../../lib/core/packs/validate-parts';
import { PACK_FORMAT, type Rule } from '../../../../../lib/core/model/pack';
import { useI18n } from '../../../../shared/i18n';
import { useDb } from '../../../data/db-context';
import { useLiveQuery } from '../../../data/use-live-query';
import { markedSegments } from './marked-segments';

/** The draft rule compiled alone, or null while it is not a valid rule yet. */
function compileDraft(rule: Rule, locale: 'lv' | 'en'): Checker | null {
  const checked = validateRule(rule);
  if (!checked.ok) return null;
  try {
    const pack = {
      format: PACK_FORMAT,
      id: 'personal.test',
      name: 'test',
      version: '1.0.0',
      author: 'test',
      language: 'lv',
      rules: [checked.value],
    };
    return createChecker({ packs: [pack], locale });
  } catch {
    return null;
  }
}

/**
 * Runs the real engine with the rule being written on whatever the agent types here, so they see
 * what it flags (and what it does not) before saving. Suggestions are filled with the agent's
 * own name and company from the profile section.
 */
export function LiveTestBox(props: { rule: Rule }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const id = useId();
  const [text, setText] = useState('');
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const key = JSON.stringify(props.rule);
  const checker = useMemo(() => compileDraft(props.rule, locale), [key, locale]);
  const variables: Record<string, string> =
    settings.state === 'ready'
      ? {
          agentName: settings.value.agentName,
          agentSurname: settings.value.agentSurname,
          company: settings.value.company,
        }
      : {};
  const findings = checker && text.trim() !== '' ? checker.check(text, { variables }) : [];

  let status: string;
  if (!checker) status = t('options.test.notReady');
  else if (text.trim() === '') status = t('options.test.typeSomething');
  else if (findings.length === 0) status = t('options.test.nothing');
  else status = t('options.test.found', { count: findings.length });

  return (
    <div class="live-test" data-testid="live-test">
      <label for={id}>{t('options.test.label')}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        data-testid="live-test-input"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div role="status" aria-live="polite" class="live-result">
        <p data-testid="live-test-status">{status}</p>
        {findings.length > 0 ? (
          <>
            <p class="preview" data-testid="live-test-preview">
              {markedSegments(text, findings).map((segment, i) =>
                segment.marked ? (
                  <mark key={i}>{segment.text}</mark>
                ) : (
                  <span key={i}>{segment.text}</span>
                ),
              )}
            </p>
            <ul data-testid="live-test-findings">
              {findings.map((finding, i) => (
                <li key={i}>
                  «{finding.text}»
                  {finding.suggestions.length > 0
                    ? ` → ${finding.suggestions.map((s) => `«${s}»`).join(', ')}`
                    : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
