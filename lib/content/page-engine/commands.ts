import browser from 'webextension-polyfill';
import { attachQuietly, detachQuietly } from '../../protocol/transport/detach';
import type { PageCommandMap, RelayResult } from '../../protocol/page-messages';
import { isEnvelope } from '../../protocol/envelope';
import type { FieldSession } from './field-session';

/**
 * The sidebar's apply and insert, relayed by the background to this frame: they act on the
 * last focused field through its adapter, exactly like the card. A finding that no longer
 * matches the field's text does nothing (fail closed).
 */
export function listenForCommands(
  signal: AbortSignal,
  lastSession: () => FieldSession | null,
): void {
  const handle = (message: unknown): Promise<RelayResult> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const session = lastSession();
    if (message.name === 'page:apply') {
      const { finding, suggestion } = message.payload as PageCommandMap['page:apply']['request'];
      if (!session) return Promise.resolve({ ok: false, reason: 'no-field' });
      const target = session
        .findings()
        .find(
          (f) =>
            f.ruleId === finding.ruleId &&
            f.start === finding.start &&
            f.end === finding.end &&
            f.text === finding.text,
        );
      if (!target || !target.suggestions.includes(suggestion))
        return Promise.resolve({ ok: false, reason: 'stale' });
      return session
        .apply(target, suggestion)
        .then((o) => (o.ok ? { ok: true } : { ok: false, reason: o.reason }));
    }
    if (message.name === 'page:insert') {
      const { text } = message.payload as PageCommandMap['page:insert']['request'];
      if (!session) return Promise.resolve({ ok: false, reason: 'no-field' });
      return session
        .insert(text)
        .then((o) => (o.ok ? { ok: true } : { ok: false, reason: o.reason }));
    }
    return undefined;
  };
  if (!attachQuietly(() => browser.runtime.onMessage.addListener(handle))) return;
  signal.addEventListener('abort', () =>
    detachQuietly(() => browser.runtime.onMessage.removeListener(handle)),
  );
}
