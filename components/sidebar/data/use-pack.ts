import type { RuleSet } from '../../../lib/protocol/data-messages';
import { useQuery } from './use-query';

/** The effective pack and its version; live. */
export function useEffectivePack(): RuleSet | null {
  return useQuery({ name: 'effective-pack', params: {} }, []) ?? null;
}
