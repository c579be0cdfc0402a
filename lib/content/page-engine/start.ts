import { fillTemplate, resolveVariables } from '../../core/engine/core';
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
import { findingKey } from './finding-view';
import { type Finding } from '../../core/model/finding';
import { watchFieldsGone } from './fields-gone';
import { watchFocus } from './focus-watcher';
import { createPageSetupClient } from './page-setup';
import { createPageValuesReporter } from './page-values';
import { channelOfField } from './profile-channel';
import { createRuleSetClient } from './rule-set-client';
import { createSidebarRelay } from './sidebar-relay';
import { createPageUi } from './ui/page-ui';

const AFTER_CHECK_MS = 300;

/**
 * The page engine of one frame, loaded on the first focus of an editable field (or when the
 * sidebar opens): one compiled rule set for the whole frame, one session for the focused field,
 * one UI. Entry point only: each concern lives in its own module.
 */
export function startPageEngine(signal: AbortSignal): void {
  const state = frameState();
  if (state.engineLoaded) return;
  state.engineLoaded = true;

  let t: PageTranslate = createPageTranslator('lv');
  const ignored = new Set<string>();
  /** The focused field's session, kept after blur so the sidebar can still apply to it. */
  let session: FieldSession | null = null;
  const isTop = window === window.top;

  const report = createFindingReporter(signal);
  const relay = createSidebarRelay();
  const detectChecklist = createChecklistDetector();
  const reportValues = createPageValuesReporter(document);

  const rules = createRuleSetClient(signal, () => session?.recheck());
  const setup = createPageSetupClient(signal, (current: PageSetup, contextOnly) => {
    t = createPageTranslator(current.uiLanguage);
    if (!current.enabled) return stop();
    if (isTop) reportValues(current.profile);
    if (!contextOnly || current.context) session?.recheck();
  });

  const afterCheck = debounced(
    AFTER_CHECK_MS,
    signal,
    (text: string, findings: readonly Finding[]) => {
      relay(findings);
      detectChecklist(text, rules.pack()?.checklists, setup.current()?.context);
    },
  );

  const ui = createPageUi(document, () => t, {
    apply: (finding, suggestion) => void session?.apply(finding, suggestion),
    ignore: (finding) => {
      ignored.add(findingKey(finding));
      report('ignored', finding);
      session?.recheck();
      session?.field.focus();
    },
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
        variables: context?.variables ?? {},
        ...(context?.active && context.phase ? { phase: context.phase } : {}),
        ...(context?.active && context.repeatCall !== undefined
          ? { repeatCall: context.repeatCall }
          : {}),
        ...(channel ? { channel } : {}),
      };
    },
  );

  // Library phrases expand with their variables filled, like suggestions; rebuilt only when
  // the setup (call context, abbreviations) or the clock's minute changes, not per keystroke.
  let expansionsCache: {
    setup: PageSetup | null;
    minute: string;
    map: Map<string, string>;
  } | null = null;
  const abbreviations = () => {
    const current = setup.current();
    const minute = clockOf();
    if (expansionsCache?.setup !== current || expansionsCache.minute !== minute) {
      const variables = resolveVariables({
        time: minute,
        variables: current?.context.variables ?? {},
      });
      const map = new Map(
        (current?.abbreviations ?? []).map(
          (a) => [a.abbreviation, fillTemplate(a.text, variables).text] as const,
        ),
      );
      expansionsCache = { setup: current, minute, map };
    }
    return { expansions: expansionsCache.map, key: current?.abbreviationKey ?? 'tab' };
  };

  // A single-page app that navigated away from every field: what the frame holds goes.
  const fieldsGone = watchFieldsGone(document, signal, () => {
    session?.dispose();
    session = null;
    ui.destroy();
    fieldChecker.forgetAll();
    rules.release();
  });

  watchFocus(
    document,
    signal,
    (field) => {
      if (isTop) reportValues(setup.current()?.profile ?? null);
      if (session?.field === field) return session.recheck();
      session?.dispose();
      session = createFieldSession(field, {
        checker: fieldChecker,
        ui,
        ignored,
        report,
        onChecked: afterCheck,
        abbreviations,
      });
      fieldsGone.watch(field);
    },
    (field) => {
      if (session?.field === field) session.park();
    },
  );

  listenForCommands(signal, () => session);

  function stop(): void {
    session?.dispose();
    session = null;
    ui.destroy();
  }

  signal.addEventListener('abort', () => {
    stop();
    state.engineLoaded = false;
  });
}
