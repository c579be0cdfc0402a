import type { EditableField } from '../fields/editable';
import { createPageTranslator, type PageTranslate } from '../../core/i18n/page-translate';
import type { PageSetup } from '../../protocol/page-messages';
import { frameState } from '../bootstrap/frame-state';
import { createChecklistDetector } from './checklist-hits';
import { listenForCommands } from './commands';
import { clockOf } from '../../core/model/clock';
import { debounced } from './debounce';
import { createFieldChecker } from './field-checker';
import { createFieldSession, type FieldSession } from './field-session';
import { createFindingReporter } from './finding-reporter';
import { pageFinding } from './finding-view';
import { createInteractionReporter } from './interaction-reporter';
import { onBroadcast, sendMessage } from '../../protocol/transport/client';
import { type Finding } from '../../core/model/finding';
import { watchFieldsGone } from './fields-gone';
import { watchFocus } from './focus-watcher';
import { createPageSetupClient } from './page-setup';
import { createPageValuesReporter } from './page-values';
import { channelOfField, noteField } from './profile-channel';
import { createRuleSetClient } from './rule-set-client';
import { createSidebarRelay } from './sidebar-relay';
import { createPageUi } from './ui/page-ui';

const AFTER_CHECK_MS = 300;

/**
 * The page engine of one frame, loaded on the first focus of an editable field (or when the
 * sidebar opens): one compiled rule set for the whole frame, one session for the focused field,
 * one UI. Entry point only: each concern lives in its own module.
 */
export function startPageEngine(bootstrapSignal: AbortSignal): void {
  const state = frameState();
  if (state.engineLoaded) return;
  state.engineLoaded = true;
  // The engine ends with the bootstrap's life, or on its own when its site is switched off
  // (then the bootstrap loads it again on a later focus, if the site is back on).
  const life = new AbortController();
  const engineSignal = life.signal;
  bootstrapSignal.addEventListener('abort', () => life.abort(), { once: true });
  onBroadcast('page:site-off', () => life.abort(), engineSignal);

  let t: PageTranslate = createPageTranslator('lv');
  const ignored = new Set<string>();
  /** The focused field's session, kept after blur so the sidebar can still apply to it. */
  let session: FieldSession | null = null;
  const isTop = window === window.top;

  const report = createFindingReporter(engineSignal);
  const relay = createSidebarRelay();
  const checklist = createChecklistDetector();
  const interacted = createInteractionReporter();
  const reportValues = createPageValuesReporter(document);

  const rules = createRuleSetClient(engineSignal, () => session?.recheck());
  const setup = createPageSetupClient(engineSignal, (current: PageSetup, contextOnly) => {
    t = createPageTranslator(current.uiLanguage);
    if (!current.enabled) return life.abort();
    if (isTop) reportValues(current.profile);
    if (!contextOnly || current.context) session?.recheck();
  });

  const afterCheck = debounced(AFTER_CHECK_MS, engineSignal, (findings: readonly Finding[]) => {
    relay(findings);
    checklist.detect(rules.pack()?.checklists, setup.current()?.context);
  });
  const onChecked = (_text: string, findings: readonly Finding[], agentText: string) => {
    checklist.add(agentText, setup.current()?.context);
    afterCheck(findings);
  };

  const ui = createPageUi(document, () => t, {
    openAll: () => {
      if (session) ui.openCard(session.field, session.findings());
    },
  });

  const fieldChecker = createFieldChecker(
    () => (setup.current()?.enabled === false ? null : rules.current()),
    (field: EditableField) => {
      const current = setup.current();
      const context = current?.context;
      const channel = channelOfField(field, current?.profile ?? null);
      return {
        time: clockOf(),
        // Suggestions are filled where the agent's values are (the card, the sidebar), never here.
        variables: {},
        ...(context?.active && context.phase ? { phase: context.phase } : {}),
        ...(context?.active && context.repeatCall !== undefined
          ? { repeatCall: context.repeatCall }
          : {}),
        ...(channel ? { channel } : {}),
      };
    },
  );

  // Abbreviations are keys only; the background fills the phrase when the agent uses one.
  const abbreviations = () => {
    const current = setup.current();
    if (abbreviationKeys.setup !== current)
      abbreviationKeys = { setup: current, keys: new Set(current?.abbreviations ?? []) };
    return { keys: abbreviationKeys.keys, key: current?.abbreviationKey ?? 'tab' };
  };
  let abbreviationKeys: { setup: PageSetup | null; keys: ReadonlySet<string> } = {
    setup: null,
    keys: new Set(),
  };
  const fill = (finding: Finding) =>
    sendMessage('page:fill', { finding: pageFinding(finding) }).then(
      (answer) => answer.text,
      () => null,
    );
  const expand = (abbreviation: string) =>
    sendMessage('page:expand', { abbreviation }).then(
      (answer) => answer.text,
      () => null,
    );

  // A single-page app that navigated away from every field: what the frame holds goes.
  const fieldsGone = watchFieldsGone(document, engineSignal, () => {
    session?.dispose();
    session = null;
    ui.destroy();
    fieldChecker.forgetAll();
    rules.release();
  });

  watchFocus(
    document,
    engineSignal,
    (field) => {
      if (isTop) reportValues(setup.current()?.profile ?? null);
      if (session?.field === field) return session.recheck();
      session?.dispose();
      session = createFieldSession(field, {
        checker: fieldChecker,
        ui,
        ignored,
        report,
        onChecked,
        abbreviations,
        fill,
        expand,
        interacted,
      });
      fieldsGone.watch(field);
    },
    (field) => {
      // Focus moving into the card's frame is the agent choosing a suggestion, not leaving
      // the field; where focus went is known once the focus change has finished.
      window.setTimeout(() => {
        if (session?.field === field && !ui.hasFocus()) session.park();
      }, 0);
    },
  );

  // The notes field takes focus (the agent asked for the note there), which opens its session.
  const noteSession = (): FieldSession | null => {
    const field = noteField(document, setup.current()?.profile ?? null);
    if (field && session?.field !== field) field.focus();
    return field && session?.field === field ? session : null;
  };
  listenForCommands(engineSignal, () => session, ui, noteSession);

  function stop(): void {
    session?.dispose();
    session = null;
    ui.destroy();
  }

  engineSignal.addEventListener('abort', () => {
    stop();
    state.engineLoaded = false;
  });
}
