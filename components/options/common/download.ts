/**
 * Saves text as a file the person downloads. Nothing is uploaded: the file is made from a Blob
 * in this page and handed to the browser's own download.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a later revoke keeps it valid until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** «2025-01-31» for file names. */
export function fileDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
