import type { VoiceMetrics } from '../../../../lib/core/voice';

/** The five meters the sidebar shows, by their public `data-metric` name, rounded for display. */
export type VoiceMetricName =
  'agent-rate' | 'customer-rate' | 'interruptions' | 'talk-share' | 'agent-level';

export interface VoiceMetricValue {
  name: VoiceMetricName;
  /** The number behind it (`data-value`): syllables/s, a count, a 0…1 share or dBFS. */
  value: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

export function voiceMetricValues(m: VoiceMetrics): VoiceMetricValue[] {
  return [
    { name: 'agent-rate', value: round1(m.agentRate) },
    { name: 'customer-rate', value: round1(m.customerRate) },
    { name: 'interruptions', value: m.interruptions },
    { name: 'talk-share', value: Math.round(m.talkShare * 100) / 100 },
    { name: 'agent-level', value: round1(m.agentLevelDb) },
  ];
}
