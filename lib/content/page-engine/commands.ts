import browser from 'webextension-polyfill';
import { isEnvelope } from '../../protocol/envelope';
import type { PageCommandMap, RelayResult } from '../../protocol/page-messages';
import { attachQuietly, detachQuietly } from '../../protocol/transport/detach';
import type { FieldSession } from './field-session';
import type { PageUi } from './ui/page-ui';

type Requests = { [K in keyof PageCommandMap]: PageCommandMap[K]['request'] };

/**
 * What the background relays to this frame from the agent's card and sidebar (their buttons,
 * clicked for real in an extension frame): apply, insert (at the caret, or a call note at the
 * end of the profile's notes field), ignore, the card's size and closing.
 * They act on the last focused field through its adapter; a finding that no longer matches
 * the field's text does nothing (fail closed).
 */
export function listenForCommands(
  signal: AbortSignal,
  lastSession: () => FieldSession | null,
  ui: PageUi,
  noteSession: () => FieldSession | null,
): void {
  const outcome = (o: { ok: boolean; reason?: string }): RelayResult =>
    o.ok ? { ok: true } : { ok: false, reason: o.reason ?? 'failed' };

  const run = async <K extends keyof PageCommandMap>(
    name: K,
    payload: Requests[K],
  ): Promise<RelayResult> => {
    if (name === 'page:card-size') {
      ui.resizeCard((payload as Requests['page:card-size']).height);
      return { ok: true };
    }
    if (name === 'page:card-close') {
      ui.closeCard();
      lastSession()?.field.focus();
      return { ok: true };
    }
    if (name === 'page:insert' && (payload as Requests['page:insert']).target === 'note') {
      const notes = noteSession();
      if (!notes) return { ok: false, reason: 'no-note-field' };
      return outcome(await notes.insert((payload as Requests['page:insert']).text, 'end'));
    }
    const session = lastSession();
    if (!session) return { ok: false, reason: 'no-field' };
    if (name === 'page:apply') {
      const { finding, suggestion } = payload as Requests['page:apply'];
      return outcome(await session.apply(finding, suggestion));
    }
    if (name === 'page:insert')
      return outcome(await session.insert((payload as Requests['page:insert']).text));
    session.ignore((payload as Requests['page:ignore']).finding);
    return { ok: true };
  };

  const COMMANDS = new Set<string>([
    'page:apply',
    'page:insert',
    'page:ignore',
    'page:card-size',
    'page:card-close',
  ] satisfies (keyof PageCommandMap)[]);

  const handle = (message: unknown): Promise<RelayResult> | undefined => {
    if (!isEnvelope(message) || !COMMANDS.has(message.name)) return undefined;
    return run(message.name as keyof PageCommandMap, message.payload as never);
  };
  if (!attachQuietly(() => browser.runtime.onMessage.addListener(handle))) return;
  signal.addEventListener('abort', () =>
    detachQuietly(() => browser.runtime.onMessage.removeListener(handle)),
  );
}
