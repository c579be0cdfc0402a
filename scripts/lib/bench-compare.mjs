// Puts two runs of one benchmark side by side: every markdown table row that both print (same
// table, same leading text cells) with its numeric cells as "baseline → this tree (ratio)".

/**
 * Every body row of the markdown tables printed in `output`, with the heading line above its
 * table and the table's header cells.
 * @returns {{ heading: string, header: string[], cells: string[] }[]}
 */
export function markdownTableRows(output) {
  const found = [];
  let heading = '';
  let header = null;
  for (const line of output.split('\n')) {
    if (!line.startsWith('|')) {
      if (line.trim()) heading = line.trim();
      header = null;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.every((c) => /^-+$/.test(c))) continue;
    if (!header) header = cells;
    else found.push({ heading, header, cells });
  }
  return found;
}

/** Rows of the markdown tables in `output`, keyed by table heading and leading text cells. */
function rows(output) {
  const found = new Map();
  for (const { heading, header, cells } of markdownTableRows(output)) {
    const lead = cells.filter((_, i) => !isValueColumn(header[i] ?? ''));
    found.set(`${heading} | ${lead.join(' | ')}`, { header, cells });
  }
  return found;
}

/**
 * Columns that hold measurements or what differs between trees (a pack's phrase count), not
 * what names the row (rules, text size, edit place).
 */
function isValueColumn(header) {
  return /\bms\b|×|\bMB\b|%|measured|\/|count|rate|time|heap|bytes|size \(|^phrases$/i.test(header);
}

function isNumeric(cell) {
  return /^-?\d[\d,]*(\.\d+)?\s*(ms|×|%|MB|KB|B|s)?$/.test(cell);
}

function number(cell) {
  return Number(cell.replace(/[^\d.-]/g, ''));
}

export function compareTables(baseline, current) {
  const before = rows(baseline);
  const after = rows(current);
  const lines = [
    '| row | column | baseline | this tree | this / baseline |',
    '|---|---|---|---|---|',
  ];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) continue;
    row.cells.forEach((cell, i) => {
      const was = old.cells[i];
      if (!isValueColumn(row.header[i] ?? '') || !isNumeric(cell)) return;
      if (was === undefined || !isNumeric(was)) return;
      const ratio = number(was) === 0 ? '' : `${(number(cell) / number(was)).toFixed(2)}`;
      lines.push(`| ${key} | ${row.header[i] ?? i} | ${was} | ${cell} | ${ratio} |`);
    });
  }
  return lines.length > 2 ? lines.join('\n') : '(no table rows in common)';
}
