/**
 * The site key of a page, the unit of per-site settings: its host name, lower-case
 * («crm.example.lv»); the scheme for pages without one.
 */
export function siteKeyOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.hostname.toLowerCase() || parsed.protocol.replace(/:$/, '');
  } catch {
    return '';
  }
}
