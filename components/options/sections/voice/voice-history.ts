import type { CallRecord } from '../../../../lib/core/model/call';

/** One call the voice coach listened to, as the chart and the table show it. */
export interface VoicePoint {
  callId: string;
  startedAt: number;
  agentRate: number;
  interruptions: number;
  talkShare: number;
  agentLevelDb: number;
}

/** The calls with a voice summary, oldest first (the chart reads left to right in time). */
export function voiceHistory(calls: readonly CallRecord[]): VoicePoint[] {
  return calls
    .flatMap((call) =>
      call.voice
        ? [
            {
              callId: call.id,
              startedAt: call.startedAt,
              agentRate: call.voice.agentRate,
              interruptions: call.voice.interruptions,
              talkShare: call.voice.talkShare,
              agentLevelDb: call.voice.agentLevelDb,
            },
          ]
        : [],
    )
    .sort((a, b) => a.startedAt - b.startedAt);
}
