import type { PhaseMark } from '../model/call';
import { PHASES, type Phase } from '../model/pack';

/** «0:05», «12:34», «1:02:03»: a call timer, never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours === 0) return `${minutes}:${ss}`;
  return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
}

/** Time spent in the current phase (since its last mark). */
export function phaseElapsed(phases: readonly PhaseMark[], now: number): number {
  const last = phases.at(-1);
  return last ? Math.max(0, now - last.at) : 0;
}

/**
 * Time per phase over the whole call, in phase order, only phases the call went through; a
 * phase visited twice (the agent went back) counts both stretches.
 */
export function phaseDurations(
  phases: readonly PhaseMark[],
  end: number,
): Array<{ phase: Phase; ms: number }> {
  const sums = new Map<Phase, number>();
  phases.forEach((mark, index) => {
    const until = phases[index + 1]?.at ?? end;
    sums.set(mark.phase, (sums.get(mark.phase) ?? 0) + Math.max(0, until - mark.at));
  });
  return PHASES.flatMap((phase) => {
    const ms = sums.get(phase);
    return ms === undefined ? [] : [{ phase, ms }];
  });
}
