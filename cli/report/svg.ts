import { esc } from './escape';

/**
 * Inline SVG charts for the report: columns over time, a line over time, horizontal bars and a
 * heatmap. No script, no external file; each mark carries a `<title>` (the browser shows it on
 * hover). Every label goes through `esc`.
 */

const WIDTH = 760;
const FONT = 'font-family="system-ui, sans-serif" font-size="11"';
export const COLOURS = {
  main: '#4c78a8',
  alarm: '#e45756',
  good: '#54a24b',
  muted: '#c9c4bf',
  grid: '#e6e6e6',
  text: '#333',
};

const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

function svg(height: number, body: string, label: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(label)}" ${FONT}>${body}</svg>`;
}

/**
 * The top of the y axis: four equal steps of 1, 2, 2.5 or 5 × 10ⁿ, at least `minStep` each, so
 * that the labels' format shows every step (counts step by whole numbers: 0 1 2 3 4, not
 * 0 0.5 1 1.5 2 printed as 0 1 1 2 2).
 */
export function niceMax(max: number, minStep = 0): number {
  if (max <= 0) return 4 * Math.max(1, minStep);
  const raw = max / 4;
  const unit = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * unit).find((s) => s >= raw) ?? raw;
  return Math.max(step, minStep) * 4;
}

/** Labels along the x axis, every so many so that they do not overlap (≈ 6.5 px a character). */
function xLabels(labels: readonly string[], x: (i: number) => number, y: number): string {
  const slot = labels.length > 1 ? x(1) - x(0) : WIDTH;
  const widest = Math.max(0, ...labels.map((l) => l.length)) * 6.5 + 10;
  const every = Math.max(1, Math.ceil(widest / slot));
  return labels
    .map((l, i) =>
      i % every === 0
        ? `<text x="${fixed(x(i))}" y="${y}" text-anchor="middle" fill="${COLOURS.text}">${esc(l)}</text>`
        : '',
    )
    .join('');
}

function yAxis(
  max: number,
  top: number,
  bottom: number,
  left: number,
  format: (n: number) => string,
) {
  let out = '';
  for (let i = 0; i <= 4; i++) {
    const value = (max * i) / 4;
    const y = bottom - ((bottom - top) * i) / 4;
    out += `<line x1="${left}" x2="${WIDTH - 8}" y1="${fixed(y)}" y2="${fixed(y)}" stroke="${COLOURS.grid}"/>`;
    out += `<text x="${left - 6}" y="${fixed(y + 4)}" text-anchor="end" fill="${COLOURS.text}">${esc(format(value))}</text>`;
  }
  return out;
}

export interface Column {
  label: string;
  value: number;
  /** A darker share of the column, drawn at its foot (dropped calls). */
  part?: number;
  title: string;
}

/** Columns of counts (whole numbers: the axis steps by at least 1). */
export function columnChart(
  columns: readonly Column[],
  label: string,
  format: (n: number) => string,
): string {
  const [top, bottom, left, height] = [10, 170, 56, 190];
  const max = niceMax(Math.max(0, ...columns.map((c) => c.value)), 1);
  const slot = (WIDTH - 8 - left) / Math.max(1, columns.length);
  const x = (i: number) => left + slot * i + slot / 2;
  const h = (v: number) => ((bottom - top) * v) / max;
  const bars = columns
    .map((c, i) => {
      const w = Math.max(1, slot * 0.8);
      const bx = fixed(x(i) - w / 2);
      const main = `<rect x="${bx}" y="${fixed(bottom - h(c.value))}" width="${fixed(w)}" height="${fixed(h(c.value))}" fill="${COLOURS.main}"/>`;
      const part = c.part
        ? `<rect x="${bx}" y="${fixed(bottom - h(c.part))}" width="${fixed(w)}" height="${fixed(h(c.part))}" fill="${COLOURS.alarm}"/>`
        : '';
      return `<g><title>${esc(c.title)}</title>${main}${part}</g>`;
    })
    .join('');
  return svg(
    height,
    yAxis(max, top, bottom, left, format) +
      bars +
      xLabels(
        columns.map((c) => c.label),
        x,
        height - 4,
      ),
    label,
  );
}

export interface Point {
  label: string;
  value: number | null;
  title: string;
}

/**
 * A line over time; a period without a value breaks the line. `minStep`: the smallest axis step
 * `format` tells apart (0.1 for one decimal).
 */
export function lineChart(
  points: readonly Point[],
  label: string,
  format: (n: number) => string,
  minStep = 0,
): string {
  const [top, bottom, left, height] = [10, 150, 56, 170];
  const max = niceMax(Math.max(0, ...points.map((p) => p.value ?? 0)), minStep);
  const slot = (WIDTH - 8 - left) / Math.max(1, points.length);
  const x = (i: number) => left + slot * i + slot / 2;
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const runs: string[][] = [[]];
  points.forEach((p, i) => {
    if (p.value === null) runs.push([]);
    else runs[runs.length - 1]?.push(`${fixed(x(i))},${fixed(y(p.value))}`);
  });
  const lines = runs
    .filter((r) => r.length > 0)
    .map(
      (r) =>
        `<polyline points="${r.join(' ')}" fill="none" stroke="${COLOURS.main}" stroke-width="2"/>`,
    )
    .join('');
  const dots = points
    .map((p, i) =>
      p.value === null
        ? ''
        : `<circle cx="${fixed(x(i))}" cy="${fixed(y(p.value))}" r="3" fill="${COLOURS.main}"><title>${esc(p.title)}</title></circle>`,
    )
    .join('');
  return svg(
    height,
    yAxis(max, top, bottom, left, format) +
      lines +
      dots +
      xLabels(
        points.map((p) => p.label),
        x,
        height - 4,
      ),
    label,
  );
}

export interface Bar {
  label: string;
  value: number;
  /** A share drawn over the bar in the "good" colour (accepted findings). */
  part: number;
  note: string;
  title: string;
}

export function barList(bars: readonly Bar[], label: string): string {
  const [row, left, right] = [20, 190, 200];
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = (v: number) => ((WIDTH - left - right) * v) / max;
  const body = bars
    .map((b, i) => {
      const y = 6 + i * row;
      return `<g><title>${esc(b.title)}</title>
<text x="${left - 8}" y="${y + 12}" text-anchor="end" fill="${COLOURS.text}">${esc(b.label)}</text>
<rect x="${left}" y="${y}" width="${fixed(w(b.value))}" height="15" fill="${COLOURS.muted}"/>
<rect x="${left}" y="${y}" width="${fixed(w(b.part))}" height="15" fill="${COLOURS.good}"/>
<text x="${fixed(left + w(b.value) + 6)}" y="${y + 12}" fill="${COLOURS.text}">${esc(b.note)}</text></g>`;
    })
    .join('');
  return svg(bars.length * row + 10, body, label);
}

/** White → deep blue as a share goes 0 → 1; grey where there is nothing to measure. */
export function shade(share: number | null): string {
  if (share === null) return '#f4f4f4';
  const t = Math.min(1, Math.max(0, share));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  const [r, g, b] = [mix(0xef, 0x08), mix(0xf3, 0x45), mix(0xff, 0x94)];
  return `rgb(${r},${g},${b})`;
}

export interface HeatRow {
  label: string;
  cells: { share: number | null; title: string }[];
}

export function heatmap(
  rows: readonly HeatRow[],
  columns: readonly string[],
  label: string,
): string {
  const [left, top, cellH] = [210, 6, 16];
  const cellW = Math.max(3, Math.min(40, (WIDTH - 8 - left) / Math.max(1, columns.length)));
  const x = (i: number) => left + cellW * i + cellW / 2;
  const body = rows
    .map((r, ri) => {
      const y = top + ri * cellH;
      const cells = r.cells
        .map(
          (c, ci) =>
            `<rect x="${fixed(left + ci * cellW)}" y="${y}" width="${fixed(cellW - 1)}" height="${cellH - 1}" fill="${shade(c.share)}"><title>${esc(c.title)}</title></rect>`,
        )
        .join('');
      return `<text x="${left - 8}" y="${y + 12}" text-anchor="end" fill="${COLOURS.text}">${esc(r.label)}</text>${cells}`;
    })
    .join('');
  const height = top + rows.length * cellH + 18;
  return svg(height, body + xLabels(columns, x, height - 4), label);
}

/** The heatmap's key: 0 %, 50 %, 100 % and "no calls". */
export function heatLegend(none: string): string {
  const stops = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (s, i) =>
        `<rect x="${i * 44}" y="0" width="40" height="12" fill="${shade(s)}"/><text x="${i * 44 + 20}" y="26" text-anchor="middle">${s * 100} %</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 330 30" width="330" height="30" ${FONT}>${stops}<rect x="230" y="0" width="40" height="12" fill="${shade(null)}"/><text x="276" y="10">${esc(none)}</text></svg>`;
}
