import type { VoicePoint } from './voice-history';

const BAR = 10;
const GAP = 4;
const HEIGHT = 60;
/** The rate axis tops out here, syllables/s (the fastest espeak test speech is ~7). */
const RATE_MAX = 8;

/**
 * Speaking rate per call (bars) and interruptions (dots above a bar, one per interruption).
 * Plain SVG; the same numbers are in the table beside it for screen readers.
 */
export function VoiceChart(props: { points: readonly VoicePoint[]; label: string }) {
  // At least 30 slots wide, so a few calls draw as bars, not as one wide block.
  const width = Math.max(30, props.points.length) * (BAR + GAP);
  const scale = (rate: number) => (Math.min(rate, RATE_MAX) / RATE_MAX) * (HEIGHT - 12);
  return (
    <svg
      class="voice-chart"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={HEIGHT}
      data-laipni="voice-chart"
    >
      <title>{props.label}</title>
      <line x1={0} y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} class="axis" />
      {props.points.map((point, i) => {
        const x = i * (BAR + GAP);
        const h = scale(point.agentRate);
        return (
          <g key={point.callId}>
            <rect class="bar-rate" x={x} y={HEIGHT - h} width={BAR} height={h} />
            {point.interruptions > 0 && (
              <circle class="dot-interruptions" cx={x + BAR / 2} cy={HEIGHT - h - 5} r={3} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
