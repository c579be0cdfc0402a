// Small statistics and table helpers for the page benchmark.

/** Percentile by linear interpolation between closest ranks; null for no samples. */
export function percentile(samples, p) {
  const values = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const rank = (p / 100) * (values.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return values[low] + (values[high] - values[low]) * (rank - low);
}

export function median(samples) {
  return percentile(samples, 50);
}

export const MB = 1024 * 1024;

export function ms(value, digits = 3) {
  return value === null || value === undefined ? 'n/a' : `${value.toFixed(digits)} ms`;
}

export function mb(bytes, digits = 2) {
  return bytes === null || bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(digits)} MB`;
}

export function kb(bytes, digits = 2) {
  return bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(digits)} KB`;
}

/** ✓ when `value` ≤ `limit`, ✗ above it, ? when there is no figure. */
export function mark(value, limit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '?';
  return value <= limit ? '✓' : '✗';
}

/** "✓ ≤ 1 ms" / "✗ ≤ 1 ms" / "? ≤ 1 ms" (no figure). */
export function verdict(value, limit, label) {
  return `${mark(value, limit)} ${label}`;
}

/**
 * Prints a table with aligned columns (Markdown pipe syntax, so it can be pasted in the docs).
 * @param {string} title
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function printTable(title, header, rows) {
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)),
  );
  const line = (cells) =>
    `| ${cells.map((c, i) => (c ?? '') + ' '.repeat(widths[i] - [...(c ?? '')].length)).join(' | ')} |`;
  const out = [
    `### ${title}`,
    '',
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
    '',
  ].join('\n');
  console.log(out);
  return out;
}
