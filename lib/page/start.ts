import { createChecker } from '../engine';
import type { Checker } from '../engine/types';
import type { EditableField } from '../fields/editable';
import { createTranslator } from '../i18n/translate';
import { frameState } from '../shell/frame-state';
import { channelOfField, clockTime, type PageContext } from './context';
import { createFieldChecker } from './field-checker';
import { createFieldSession, type FieldSession, type FindingEvent } from './field-session';
import { findingKey, type FindingView } from './finding-view';
import { watchFocus } from './focus-watcher';
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
  let checker: Checker = createChecker();
  const pageContext: PageContext = { variables: {} };
  const ignored = new Set<string>();
  let active: FieldSession | null = null;

  const report = (_event: FindingEvent, _finding: FindingView) => {
    // Statistics travel to the background once the data core's messages exist.
  };

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

  const fieldChecker = createFieldChecker(
    () => checker,
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
    checker = createChecker({ packs: [] });
    state.engineLoaded = false;
  });
}
