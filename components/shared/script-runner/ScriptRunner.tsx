import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScriptProgress } from '../../../lib/core/model/script';
import { formatCapture } from '../../../lib/core/scripts/capture';
import { compileScript, type CompiledScript } from '../../../lib/core/scripts/compile';
import { missingBeforeClosing } from '../../../lib/core/scripts/gate';
import { isSaid, requiredSteps, type MissingStep } from '../../../lib/core/scripts/missing';
import { applyMove } from '../../../lib/core/scripts/moves';
import { availableMoves, currentStep } from '../../../lib/core/scripts/navigate';
import { fillNote } from '../../../lib/core/scripts/note';
import { openObjections } from '../../../lib/core/scripts/objections';
import { own } from '../../../lib/core/scripts/progress';
import { fillSlots } from '../../../lib/core/scripts/slots';
import { breadcrumb } from '../../../lib/core/scripts/trail';
import { localized } from '../../../lib/core/model/text';
import type { SidebarScriptMove } from '../../../lib/protocol/sidebar-store';
import { useI18n } from '../i18n';
import type { ScriptDriver } from './driver';
import { MissingList } from './MissingList';
import { ObjectionBar } from './ObjectionBar';
import { ObjectionCardView } from './ObjectionCardView';
import { ScriptNote } from './ScriptNote';
import { ScriptStepView } from './ScriptStepView';
import { ScriptTrail } from './ScriptTrail';
import './runner.css';

/** The fields captured so far, as people read them, for `{slots}` in what is said. */
function capturedSlots(c: CompiledScript, p: ScriptProgress): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, def] of c.fields) {
    const value = own(p.captures, id);
    if (value !== undefined) out[id] = formatCapture(def, value, 'lv');
  }
  return out;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const NAVIGATION = new Set<SidebarScriptMove['kind']>([
  'answer',
  'next',
  'forward',
  'goto',
  'return',
]);

/**
 * A script as a call runs it, whoever drives it (the sidebar through the background, the
 * options page's preview on its own): the breadcrumb, the current step or open objection card,
 * the objection cards, "not said yet" before the closing, and the call note at the outcome.
 * Keys while focus is in it: 1–9 choose an answer, Alt+→ goes forward, Alt+← back (the
 * browser's own Back and Forward are prevented only here).
 */
export function ScriptRunner(props: {
  driver: ScriptDriver;
  variables: Readonly<Record<string, string>>;
  /** Offered as "change the script" (the sidebar; the preview restarts instead). */
  onChangeScript?: () => void;
  /** Says what an action did in the host's live region. */
  announce: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const { driver, announce } = props;
  const c = compileScript(driver.script);
  const p = driver.progress;
  const step = currentStep(c, p);
  const openCard = openObjections(p).at(-1);
  const card = openCard ? c.cards.get(openCard.card) : undefined;
  const finished = p.outcome !== null;
  const locked = driver.ended || finished;
  const [gate, setGate] = useState<{ move: SidebarScriptMove; missing: MissingStep[] } | null>(
    null,
  );
  const [error, setError] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<HTMLElement>(null);
  const captured = capturedSlots(c, p);
  const fill = (text: string) => fillSlots(text, props.variables, captured).text;

  // A move replaces the buttons the agent used: focus goes to the new step, so the keys keep
  // working and a screen reader reads where the call is now.
  useEffect(() => {
    const active = document.activeElement;
    const inside = active === document.body || (active && root.current?.contains(active));
    if (document.hasFocus() && inside) {
      (focusTarget.current ?? root.current?.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
    }
  }, [p.current, openCard?.card, finished]);

  const send = async (move: SidebarScriptMove) => {
    setGate(null);
    const result = await driver.move(move);
    const message = result.ok ? '' : result.error[locale];
    setError(message);
    if (message) announce(message);
    return result;
  };

  /** Navigation goes through "not said yet" at the door of the closing. */
  const go = (move: SidebarScriptMove) => {
    if (NAVIGATION.has(move.kind)) {
      const after = applyMove(c, p, move, Date.now());
      const missing =
        after.ok && after.progress !== p ? missingBeforeClosing(c, p, after.progress) : [];
      if (missing.length > 0) {
        setGate({ move, missing });
        return;
      }
    }
    void send(move);
  };

  const insert = async (text: string, stepId?: string) => {
    if (driver.preview) return announce(t('sidebar.script.preview'));
    const result = await driver.insert(text);
    announce(t(result.ok ? 'sidebar.script.inserted' : 'sidebar.script.insertFailed'));
    if (result.ok && stepId) void driver.move({ kind: 'said', step: stepId, how: 'inserted' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      // In the panel these are the script's keys, never the browser's Back and Forward.
      event.preventDefault();
      if (!locked && !gate) go({ kind: event.key === 'ArrowRight' ? 'forward' : 'back' });
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    if (isEditable(event.target) || locked || gate || card || !step) return;
    const chosen = step.answers?.[Number(event.key) - 1];
    if (!chosen) return;
    event.preventDefault();
    go({ kind: 'answer', answer: chosen.id });
  };

  const moves = availableMoves(c, p);
  const trail = breadcrumb(p);
  const onTrail = new Set(trail.slice(0, -1));
  const required = requiredSteps(c, p);
  const done = required.filter((s) => isSaid(s, own(p.said, s.id))).length;
  const outcome = p.outcome ? c.outcomes.get(p.outcome.id) : undefined;

  return (
    <div
      class="script-runner"
      ref={root}
      data-script={driver.script.id}
      data-current={p.current}
      onKeyDown={onKeyDown}
    >
      <div class="script-head">
        <h3 class="script-name" data-laipni="script-name">
          {localized(driver.script.name, locale)}
        </h3>
        {props.onChangeScript && !driver.ended && (
          <button
            type="button"
            class="link-button"
            data-laipni="script-change"
            onClick={props.onChangeScript}
          >
            {t('sidebar.script.change')}
          </button>
        )}
      </div>
      {required.length > 0 && (
        <p class="hint" data-laipni="script-progress">
          {t('sidebar.script.progress', { done, total: required.length })}
        </p>
      )}
      <ScriptTrail
        c={c}
        trail={trail}
        disabled={locked}
        onGoTo={(id) => go({ kind: 'goto', step: id })}
      />
      {error && (
        <p class="notice script-error" role="alert" data-laipni="script-error">
          {error}
        </p>
      )}
      {gate && (
        <MissingList
          c={c}
          items={gate.missing}
          heading={t('sidebar.script.missingBeforeClosing')}
          reachable={onTrail}
          onSaid={(id) => {
            void driver.move({ kind: 'said', step: id, how: 'ticked' });
            const rest = gate.missing.filter((m) => m.step !== id);
            setGate(rest.length > 0 ? { ...gate, missing: rest } : null);
            if (rest.length === 0) void send(gate.move);
          }}
          onGoTo={(id) => void send({ kind: 'goto', step: id })}
        >
          <div class="button-row">
            <button
              type="button"
              class="primary"
              data-laipni="script-go-on"
              onClick={() => void send(gate.move)}
            >
              {t('sidebar.script.goOn')}
            </button>
            <button type="button" data-laipni="script-stay" onClick={() => setGate(null)}>
              {t('sidebar.script.stay')}
            </button>
          </div>
        </MissingList>
      )}
      {finished || driver.ended ? (
        p.outcome && !p.noteDismissed ? (
          <ScriptNote
            note={fillNote(c, p, props.variables).text}
            outcome={outcome ? localized(outcome.label, locale) : p.outcome.id}
            preview={driver.preview}
            announce={announce}
            onInsert={async (text) => (await driver.insert(text, 'note')).ok}
            onDismiss={() => void send({ kind: 'dismiss-note' })}
          />
        ) : (
          <p class="hint">{t('sidebar.script.ended')}</p>
        )
      ) : card ? (
        <ObjectionCardView
          c={c}
          card={card}
          fill={fill}
          onInsert={(text) => void insert(text)}
          onReturn={() => go({ kind: 'return' })}
        />
      ) : step ? (
        <ScriptStepView
          c={c}
          p={p}
          step={step}
          fill={fill}
          canGoOn={moves.next}
          disabled={Boolean(gate)}
          focusRef={focusTarget}
          onMove={go}
          onInsert={(text) => void insert(text, step.id)}
          onCapture={async (field, raw) => {
            const result = await driver.move({ kind: 'capture', field, value: raw });
            return result.ok ? null : result.error;
          }}
        />
      ) : (
        <p class="notice">{t('sidebar.script.stepGone')}</p>
      )}
      {!locked && (
        <>
          <ObjectionBar
            cards={driver.script.objections ?? []}
            open={openCard?.card}
            disabled={Boolean(gate)}
            onOpen={(id) => go({ kind: 'objection', card: id })}
          />
          <div class="button-row script-nav">
            <button
              type="button"
              data-laipni="script-back"
              aria-keyshortcuts="Alt+ArrowLeft"
              disabled={!moves.back || Boolean(gate)}
              onClick={() => go({ kind: 'back' })}
            >
              {t('sidebar.script.back')}
            </button>
          </div>
          <p class="hint">{t('sidebar.script.keys')}</p>
        </>
      )}
    </div>
  );
}
