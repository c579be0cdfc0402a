import { checkSubscriptionUrl, type SubscriptionProbe } from '../../core/model/distribution';
import { parseJsonText } from '../../core/packs/prescan';
import { describeSignature } from '../../core/packs/signature';
import { fetchPack, type FetchLike } from './fetch-pack';
import { text } from './problem-texts';

/**
 * Downloads a pack URL once, before the agent subscribes, to tell them what it serves and who
 * signed it (trust on first use). Nothing is installed or stored: the subscription's own refresh
 * validates the pack in full and checks the signature against the key the agent chose to pin.
 */
export async function probeSubscription(
  fetch: FetchLike,
  input: string,
  timeoutMs?: number,
  subtle?: SubtleCrypto,
): Promise<SubscriptionProbe> {
  const checked = checkSubscriptionUrl(input);
  if (!checked.ok) return { ok: false, url: input, error: text.insecure() };
  const url = checked.url;
  const fetched = await fetchPack(fetch, url, {}, timeoutMs);
  if (fetched.kind === 'error') return { ok: false, url, error: fetched.message };
  if (fetched.kind === 'not-modified') return { ok: false, url, error: text.status(304) };
  const read = parseJsonText(fetched.body);
  if (!read.ok) {
    const first = read.errors[0];
    return {
      ok: false,
      url,
      error: read.syntax
        ? text.notJson(first?.en ?? '')
        : { lv: first?.lv ?? 'Paka nav derīga.', en: first?.en ?? 'The pack is not valid.' },
    };
  }
  const doc = read.value;
  const field = (key: string): string | undefined => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
    const value = (doc as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.slice(0, 200) : undefined;
  };
  const [packId, name, version] = [field('id'), field('name'), field('version')];
  return {
    ok: true,
    url,
    ...(packId !== undefined ? { packId } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(version !== undefined ? { version } : {}),
    signature: await describeSignature(doc, subtle),
  };
}
