import type { Script } from '../../../../lib/core/model/script';
import { rankScripts, type CallForScripts } from '../../../../lib/core/scripts/pick';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';

/**
 * The scripts to choose from (`[data-laipni="script-pick"]`, one `[data-script]` button
 * each), the ones that fit the call first and the best of them marked: the dropped call's
 * own script on a call-back, then the call's direction, site profile and kind.
 */
export function ScriptPick(props: {
  scripts: readonly Script[];
  call: CallForScripts;
  heading: string;
  onPick: (script: Script) => void;
  disabled?: boolean;
}) {
  const { t, locale } = useI18n();
  if (props.scripts.length === 0) return <p class="hint">{t('sidebar.script.none')}</p>;
  const ranked = rankScripts(props.scripts, props.call);
  const fitting = ranked.filter((r) => r.fits);
  const others = ranked.filter((r) => !r.fits);
  const button = (script: Script, recommended: boolean) => (
    <li key={script.id}>
      <button
        type="button"
        class={`script-option${recommended ? ' script-option-best' : ''}`}
        data-script={script.id}
        data-recommended={recommended ? 'true' : undefined}
        disabled={props.disabled}
        onClick={() => props.onPick(script)}
      >
        <span class="script-option-name">{localized(script.name, locale)}</span>
        {recommended && (
          <span class="tag">
            {props.call.resumeScriptId === script.id
              ? t('sidebar.script.resumeTag')
              : t('sidebar.script.recommended')}
          </span>
        )}
        {script.description && (
          <span class="script-option-description">{localized(script.description, locale)}</span>
        )}
      </button>
    </li>
  );
  return (
    <div class="script-pick-box" data-laipni="script-pick">
      <h3 id="sb-script-pick">{props.heading}</h3>
      <ul class="script-options" aria-labelledby="sb-script-pick">
        {fitting.map((r, i) => button(r.script, i === 0))}
      </ul>
      {others.length > 0 && (
        <>
          <p class="script-label" id="sb-script-others">
            {t('sidebar.script.otherScripts')}
          </p>
          <ul class="script-options" aria-labelledby="sb-script-others">
            {others.map((r) => button(r.script, false))}
          </ul>
        </>
      )}
    </div>
  );
}
