import {
  checkSubscriptionUrl,
  type SubscriptionProbe,
} from '../../../../lib/core/model/distribution';
import type { LocalizedText } from '../../../../lib/core/model/text';
import {
  parseSubscriptionLink,
  SUBSCRIPTION_LINK_BASE,
  type Subscription,
} from '../../../../lib/core/packs/subscription-link';

/**
 * What the subscribe box does with what the agent pasted, before anything is stored: a
 * subscription link is shown for one confirmation (its key pinned); a bare URL is downloaded once
 * and, when signed, the agent is asked whether to pin the key it was signed with.
 */
export type SubscribeStep =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'link'; subscription: Subscription }
  | { kind: 'tofu'; probe: Extract<SubscriptionProbe, { ok: true }>; publicKey: string }
  | { kind: 'no-key'; probe: Extract<SubscriptionProbe, { ok: true }>; fingerprint: string }
  | { kind: 'error'; message: LocalizedText | { key: 'invalid' | 'insecure' } };

/** A link, or a URL to probe, or why the text is neither. */
export function readSubscribeInput(
  text: string,
): { kind: 'link'; subscription: Subscription } | { kind: 'url'; url: string } | SubscribeStep {
  const trimmed = text.trim();
  if (trimmed.replace(/^</, '').startsWith(`${SUBSCRIPTION_LINK_BASE}`)) {
    const link = parseSubscriptionLink(trimmed);
    return link.ok
      ? { kind: 'link', subscription: link.subscription }
      : { kind: 'error', message: link.message };
  }
  const checked = checkSubscriptionUrl(trimmed);
  if (!checked.ok) return { kind: 'error', message: { key: checked.reason } };
  return { kind: 'url', url: checked.url };
}

/** After the probe: ask to pin, subscribe straight away (`null`), or refuse. */
export function stepAfterProbe(probe: SubscriptionProbe): SubscribeStep | null {
  if (!probe.ok) return { kind: 'error', message: probe.error };
  const { signature } = probe;
  if (signature.status === 'unsigned') return null;
  if (signature.status === 'malformed') return { kind: 'error', message: signature.message };
  if (signature.check === 'verified' && signature.publicKey)
    return { kind: 'tofu', probe, publicKey: signature.publicKey };
  if (signature.check === 'no-key')
    return { kind: 'no-key', probe, fingerprint: signature.fingerprint };
  if (signature.check === 'verified')
    return { kind: 'no-key', probe, fingerprint: signature.fingerprint };
  return { kind: 'error', message: signature.check.message };
}
