import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { useI18n } from './i18n';

/**
 * Keeps a failing part of a page to itself: a panel that throws while rendering (a pack text
 * it cannot show, a bug) is replaced by a plain notice with «Try again», and the other panels
 * keep working. The error goes to the console for whoever debugs it.
 */
export function PanelBoundary(props: { name: string; children: ComponentChildren }) {
  const { t } = useI18n();
  const [error, reset] = useErrorBoundary((caught: unknown) =>
    console.error(`Laipni: the ${props.name} panel failed`, caught),
  );
  if (!error) return <>{props.children}</>;
  return (
    <div class="notice panel-error" role="alert" data-laipni="panel-error" data-panel={props.name}>
      <p>{t('panel.failed')}</p>
      <button type="button" onClick={reset}>
        {t('panel.retry')}
      </button>
    </div>
  );
}
