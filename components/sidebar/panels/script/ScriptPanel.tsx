import { useState } from 'preact/hooks';
import type { CallDirection, CallRecord } from '../../../../lib/core/model/call';
import type { Script } from '../../../../lib/core/model/script';
import type { CallForScripts } from '../../../../lib/core/scripts/pick';
import { localized } from '../../../../lib/core/model/text';
import type { ActiveCallView } from '../../../../lib/protocol/sidebar-store';
import type { TabState } from '../../../../lib/protocol/page-messages';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';
import { useQuery } from '../../data/use-query';
import { ScriptPick } from './ScriptPick';
import { ScriptRunner } from '../../../shared/script-runner/ScriptRunner';
import { useStoreDriver } from './use-store-driver';
import './panel.css';

/** What the picker knows of the call, to offer the fitting script first. */
function callForScripts(view: ActiveCallView, tab: TabState | null): CallForScripts {
  const { call, previous } = view;
  const dropped = previous?.dropped ? previous : undefined;
  return {
    direction: call.direction,
    ...(tab?.profileId ? { siteProfile: tab.profileId } : {}),
    repeatCall: call.repeatOfCallId !== null,
    afterDrop: dropped !== undefined,
    ...(dropped?.script && dropped.script.outcome === null
      ? { resumeScriptId: dropped.script.scriptId }
      : {}),
  };
}

function Running(props: {
  call: CallRecord;
  script: Script;
  variables: Readonly<Record<string, string>>;
  onChangeScript: () => void;
}) {
  const driver = useStoreDriver(props.call, props.script);
  const announce = useAnnounce();
  if (!driver) return null;
  return (
    <ScriptRunner
      driver={driver}
      announce={announce}
      variables={props.variables}
      onChangeScript={props.onChangeScript}
    />
  );
}

/**
 * The script panel (`[data-laipni="script"]`): with no call, the scripts to start a call
 * with; in a call without a script, the scripts that fit it, the best first; in a call with
 * one, the script as it runs; after the call, its note until the agent closes it.
 */
export function ScriptPanel(props: {
  scripts: readonly Script[];
  variables: Readonly<Record<string, string>>;
  tab: TabState | null;
}) {
  const { t, locale } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const view = useQuery({ name: 'script-call', params: {} }, []);
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [direction, setDirection] = useState<CallDirection>('inbound');
  const call = view?.call;
  const script = call?.script
    ? props.scripts.find((s) => s.id === call.script?.scriptId)
    : undefined;

  const act = async (work: () => Promise<{ ok: boolean; error?: { lv: string; en: string } }>) => {
    setBusy(true);
    try {
      const result = await work();
      if (!result.ok && result.error) announce(result.error[locale]);
      return result.ok;
    } catch {
      announce(t('sidebar.script.noAnswer'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const startCall = (picked: Script) =>
    act(async () => {
      const fixed = picked.appliesTo?.direction;
      const chosen = fixed === 'inbound' || fixed === 'outbound' ? fixed : direction;
      await store.run({
        name: 'start-call',
        params: { direction: chosen, startedByAgent: chosen === 'outbound', scriptId: picked.id },
      });
      announce(t('sidebar.script.started', { name: localized(picked.name, locale) }));
      return { ok: true };
    });

  const startScript = (callId: string, picked: Script) =>
    act(async () => {
      const result = await store.run({
        name: 'script-start',
        params: { callId, scriptId: picked.id },
      });
      if (result.ok) {
        setChoosing(false);
        announce(t('sidebar.script.started', { name: localized(picked.name, locale) }));
      }
      return result;
    });

  let body;
  if (view === undefined) body = <p>{t('sidebar.loading')}</p>;
  else if (!view || !call) {
    body = (
      <>
        <fieldset class="script-direction">
          <legend>{t('sidebar.script.pickDirection')}</legend>
          {(['inbound', 'outbound'] as const).map((d) => (
            <label key={d}>
              <input
                type="radio"
                name="sb-script-direction"
                value={d}
                checked={direction === d}
                onChange={() => setDirection(d)}
              />{' '}
              {t(d === 'inbound' ? 'sidebar.call.startInbound' : 'sidebar.call.startOutbound')}
            </label>
          ))}
        </fieldset>
        <ScriptPick
          scripts={props.scripts}
          call={{
            direction,
            ...(props.tab?.profileId ? { siteProfile: props.tab.profileId } : {}),
          }}
          heading={t('sidebar.script.pickNoCall')}
          disabled={busy}
          onPick={(picked) => void startCall(picked)}
        />
      </>
    );
  } else if (!call.script || choosing || !script) {
    body = (
      <>
        {call.script && !script && <p class="notice">{t('sidebar.script.gone')}</p>}
        {call.outcome === 'open' ? (
          <ScriptPick
            scripts={props.scripts}
            call={callForScripts(view, props.tab)}
            heading={t('sidebar.script.pickTitle')}
            disabled={busy}
            onPick={(picked) => void startScript(call.id, picked)}
          />
        ) : null}
        {choosing && (
          <>
            <p class="hint">{t('sidebar.script.changeWarning')}</p>
            <button type="button" onClick={() => setChoosing(false)}>
              {t('sidebar.script.keepScript')}
            </button>
          </>
        )}
      </>
    );
  } else {
    body = (
      <Running
        key={`${call.id}:${script.id}`}
        call={call}
        script={script}
        variables={props.variables}
        onChangeScript={() => setChoosing(true)}
      />
    );
  }

  return (
    <div class="script-panel" data-laipni="script">
      {body}
    </div>
  );
}
