import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../../lib/core/model/pack';
import { useEnv } from './env';

/** The effective pack and its version, fetched again whenever the rule set changes. */
export function useEffectivePack(): { version: string; pack: Pack } | null {
  const { port } = useEnv();
  const [value, setValue] = useState<{ version: string; pack: Pack } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      port
        .effectivePack()
        .then((next) => {
          if (!controller.signal.aborted) setValue(next);
        })
        .catch((error: unknown) => console.error('Laipni sidebar: rule set', error));
    port.onRulesChanged(() => void load(), controller.signal);
    void load();
    return () => controller.abort();
  }, [port]);
  return value;
}
