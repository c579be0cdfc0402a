/**
 * CSV for spreadsheets: comma-separated, quoted where needed, CRLF line ends, with a byte-order
 * mark so Excel reads Latvian letters. A cell that starts like a formula is prefixed with «'»,
 * so a typed phrase such as «=SUM(…)» can never run in the agent's spreadsheet.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
