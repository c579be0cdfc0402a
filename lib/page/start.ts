import type { EditableField } from '../fields/editable';
import { createTranslator } from '../i18n/translate';
import { frameState } from '../shell/frame-state';
import { channelOfField, clockTime, type PageContext } from './context';
import { createFieldChecker } from './field-checker';
import { createFieldSession, type FieldSession, type FindingEvent } from './field-session';
import { findingKey, type FindingView } from './finding-view';
import { watchFocus } from './focus-watcher';
import { createFindingReporter } from './finding-reporter';
import { createRuleSetClient } from './rule-set-client';
import { createPageUi } from './ui/page-ui';

/**
 * The page engine of one frame, loaded on the first focus of an editable field: one compiled
 * rule set for the whole frame, one session for the focused field, one UI.
 */
export function startPageEngine(signal: AbortSignal): void {
  const state = frameState();
  if (state.engineLoaded) return;
  state.engineLoaded = true;

  const t = createTranslator('lv');
  const pageContext: PageContext = { variables: {} };
  const ignored = new Set<string>();
  let active: FieldSession | null = null;

  const report: (event: FindingEvent, finding: FindingView) => void = createFindingReporter(signal);

  const ui = createPageUi(document, () => t, {
    apply: (finding, suggestion) => void active?.apply(finding, suggestion),
    ignore: (finding) => {
      ignored.add(findingKey(finding));
      report('ignored', finding);
      active?.recheck();
      active?.field.focus();
    },
    openAll: () => {
      if (active) ui.openCard(active.field, active.findings());
    },
  });

  const rules = createRuleSetClient(signal, () => active?.recheck());
  const fieldChecker = createFieldChecker(
    () => rules.current(),
    (field: EditableField) => ({
      ...pageContext,
      time: clockTime(),
      channel: channelOfField(field),
    }),
  );

  watchFocus(
    document,
    signal,
    (field) => {
      active?.dispose();
      active = createFieldSession(field, {
        checker: fieldChecker,
        ui,
        ignored,
        report,
        onFindings: () => undefined,
      });
    },
    (field) => {
      if (active?.field !== field) return;
      active.dispose();
      active = null;
    },
  );

  signal.addEventListener('abort', () => {
    active?.dispose();
    active = null;
    ui.destroy();
    state.engineLoaded = false;
  });
}
