import type { CallRecord } from '../model/call';

/**
 * Whether a dropped call still needs its call-back reminder. The handbook: whoever started the
 * call calls back; so only calls the agent started remind, until the agent dismisses the
 * reminder or a later call to the same contact shows the call-back happened.
 */
export function needsCallback(
  dropped: CallRecord,
  newestOfContact: CallRecord | undefined,
): boolean {
  if (dropped.outcome !== 'dropped' || !dropped.startedByAgent) return false;
  if (dropped.callbackDismissed) return false;
  return !(
    newestOfContact !== undefined &&
    newestOfContact.id !== dropped.id &&
    newestOfContact.startedAt > dropped.startedAt
  );
}
