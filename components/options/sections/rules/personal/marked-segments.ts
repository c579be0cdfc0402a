/** A piece of the test text: plain, or covered by a finding. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a text into plain and flagged pieces for the test box's preview. Overlapping findings
 * are drawn as one mark (the preview only shows where; the list below says what).
 */
export function markedSegments(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Segment[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= at) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
