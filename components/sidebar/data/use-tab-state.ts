import type { TabState } from '../../../lib/protocol/page-messages';
import { useQuery } from './use-query';

/** The sidebar's tab: findings, page values, tel: offer; live. */
export function useTabState(): TabState | null {
  return useQuery({ name: 'tab-state', params: {} }, []) ?? null;
}
