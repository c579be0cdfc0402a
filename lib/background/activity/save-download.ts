import browser from 'webextension-polyfill';
import { NO_DOWNLOADS_PERMISSION } from './export-service';

/**
 * Saves a file in the browser's downloads folder for the agent's own activity export, without
 * asking where (the path is under the downloads folder) and replacing an older copy of the same
 * day. Needs the optional `downloads` permission, which the options page asks for when the agent
 * switches the export on; without it the day waits and the agent reads why.
 */
export async function saveDownload(path: string, text: string): Promise<string | null> {
  const downloads = (browser as { downloads?: typeof browser.downloads }).downloads;
  if (!downloads?.download) return NO_DOWNLOADS_PERMISSION;
  // Chrome's service worker has no object URLs (a data URL it accepts); Firefox's background
  // page has them and refuses data URLs for downloads.
  const blob = typeof URL.createObjectURL === 'function';
  const url = blob
    ? URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    : `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
  try {
    await downloads.download({ url, filename: path, conflictAction: 'overwrite', saveAs: false });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    // The browser reads the file after `download` resolves; the object URL is freed later.
    if (blob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
