import type { ActiveCallView } from '../../../lib/protocol/sidebar-store';
import { useQuery } from './use-query';

export type ActiveCall = ActiveCallView;

/**
 * The running call of this browser profile (any tab's), as stored: it survives page reloads
 * and a restarted service worker, and every tab's sidebar sees the same call.
 * `undefined` while loading, `null` when no call is running.
 */
export function useActiveCall(): ActiveCall | null | undefined {
  return useQuery({ name: 'active-call', params: {} }, []);
}
