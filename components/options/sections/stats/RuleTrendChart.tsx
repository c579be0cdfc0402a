import type { DayCounts } from './aggregate';

const BAR = 10;
const GAP = 4;
const HEIGHT = 60;

/**
 * A small bar chart of one rule per day: flagged (full bar) with the accepted part drawn over it.
 * Plain SVG, no chart library; the numbers are also given as text next to it (and in the label)
 * for screen readers.
 */
export function RuleTrendChart(props: { days: readonly DayCounts[]; label: string }) {
  const max = Math.max(1, ...props.days.map((d) => d.flagged));
  const width = props.days.length * (BAR + GAP);
  const scale = (value: number) => (value / max) * (HEIGHT - 2);
  return (
    <svg
      class="trend"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={HEIGHT}
    >
      <title>{props.label}</title>
      <line x1={0} y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} class="axis" />
      {props.days.map((day, i) => {
        const x = i * (BAR + GAP);
        const flagged = scale(day.flagged);
        const accepted = scale(Math.min(day.accepted, day.flagged));
        return (
          <g key={day.day}>
            <rect class="bar-flagged" x={x} y={HEIGHT - flagged} width={BAR} height={flagged} />
            <rect class="bar-accepted" x={x} y={HEIGHT - accepted} width={BAR} height={accepted} />
          </g>
        );
      })}
    </svg>
  );
}
