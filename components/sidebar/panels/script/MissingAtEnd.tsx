import type { CallRecord } from '../../../../lib/core/model/call';
import type { Script } from '../../../../lib/core/model/script';
import type { SidebarScriptMove } from '../../../../lib/protocol/sidebar-store';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { missingRequired } from '../../../../lib/core/scripts/missing';
import { breadcrumb } from '../../../../lib/core/scripts/trail';
import { useI18n } from '../../../shared/i18n';
import { useEnv } from '../../data/env';
import { MissingList } from '../../../shared/script-runner/MissingList';

/**
 * "Not said yet" when the agent ends a call whose script has not reached an outcome: the
 * required steps neither said nor typed (compliance first), each ticked with one click or
 * gone back to (which leaves the call running). Nothing when all were said.
 */
export function MissingAtEnd(props: {
  call: CallRecord;
  scripts: readonly Script[];
  /** The agent went back to a step: the end of the call is put off. */
  onGoTo: () => void;
}) {
  const { t } = useI18n();
  const { store } = useEnv();
  const progress = props.call.script;
  const script = progress && props.scripts.find((s) => s.id === progress.scriptId);
  if (!progress || !script || progress.outcome !== null) return null;
  const c = compileScript(script);
  const missing = missingRequired(c, progress);
  if (missing.length === 0) return null;
  const move = (m: SidebarScriptMove) =>
    store.run({ name: 'script-move', params: { callId: props.call.id, move: m } });
  return (
    <div data-laipni="script-missing-end">
      <MissingList
        c={c}
        items={missing}
        heading={t('sidebar.script.missingAtEnd')}
        reachable={new Set(breadcrumb(progress))}
        onSaid={(step) => void move({ kind: 'said', step, how: 'ticked' })}
        onGoTo={(step) => {
          void move({ kind: 'goto', step });
          props.onGoTo();
        }}
      />
    </div>
  );
}
