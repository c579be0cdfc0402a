import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Script, ScriptProgress } from '../../../../lib/core/model/script';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { applyMove } from '../../../../lib/core/scripts/moves';
import { start } from '../../../../lib/core/scripts/navigate';
import { useI18n } from '../../../shared/i18n';
import type { ScriptDriver } from '../../../shared/script-runner/driver';
import { ScriptRunner } from '../../../shared/script-runner/ScriptRunner';

/** Sample values for the preview's slots, as the sidebar fills them from the page. */
const PREVIEW_VARIABLES = {
  greeting: 'Labdien',
  agentName: 'Anna',
  agentSurname: 'Ozola',
  company: 'SIA Piemērs',
  customerName: 'Jānis Bērziņš',
  customerNameVocative: 'Jāni',
};

/**
 * The script being edited, run by the sidebar's own runner with its moves applied here (the
 * same pure `applyMove`), so what the lead clicks through is what an agent will see.
 */
export function ScriptPreview(props: { script: Script }) {
  const { t } = useI18n();
  const c = useMemo(() => compileScript(props.script), [props.script]);
  const [status, setStatus] = useState('');
  const announce = useCallback((message: string) => setStatus(message), []);
  const [progress, setProgress] = useState<ScriptProgress>(() => start(c, Date.now()));
  const ref = useRef(progress);
  ref.current = progress;
  // A step the edit removed (or a renamed start) restarts the preview.
  const current = c.steps.has(progress.current) ? progress : start(c, Date.now());
  const restart = () => setProgress(start(c, Date.now()));
  const driver: ScriptDriver = {
    script: props.script,
    progress: current,
    ended: false,
    preview: true,
    async move(move) {
      const result = applyMove(c, ref.current, move, Date.now());
      if (!result.ok) return result;
      ref.current = result.progress;
      setProgress(result.progress);
      return { ok: true };
    },
    insert: async () => ({ ok: false, reason: 'preview' }),
  };
  return (
    <section
      class="script-preview"
      data-testid="script-preview"
      aria-labelledby="script-preview-title"
    >
      <h3 id="script-preview-title">{t('options.scripts.preview')}</h3>
      <p class="muted">{t('options.scripts.previewHint')}</p>
      <button type="button" data-testid="script-preview-restart" onClick={restart}>
        {t('options.scripts.restart')}
      </button>
      <ScriptRunner driver={driver} variables={PREVIEW_VARIABLES} announce={announce} />
      <p role="status" class="muted" data-testid="script-preview-status">
        {status}
      </p>
    </section>
  );
}
