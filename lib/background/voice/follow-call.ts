import { liveQuery } from 'dexie';
import { getActiveCall } from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import type { VoiceService } from './voice-service';

/**
 * Stops the voice coach when its call is no longer the open one — ended or dropped from any
 * sidebar, or replaced by a new call — whoever changed it. Returns the unsubscribe.
 */
export function stopWithCall(db: LaipniDb, service: VoiceService): () => void {
  const subscription = liveQuery(async () => (await getActiveCall(db))?.id ?? null).subscribe({
    next: (callId) => void service.followActiveCall(callId),
    error: (error: unknown) => console.error('Laipni: voice coach call watch', error),
  });
  return () => subscription.unsubscribe();
}
