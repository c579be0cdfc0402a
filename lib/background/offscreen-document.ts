/**
 * Chrome (MV3) allows one offscreen document per extension (entrypoints/offscreen/): it hosts
 * the pack-validation worker and the voice coach's capture, so it is created with both reasons
 * by whichever needs it first.
 */

/** The parts of `chrome.offscreen` used here. */
export interface OffscreenApi {
  createDocument(parameters: {
    url: string;
    reasons: string[];
    justification: string;
  }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export const OFFSCREEN_PATH = '/offscreen.html';

export const OFFSCREEN_REASONS = ['WORKERS', 'USER_MEDIA'];

/** A function that makes sure the offscreen document exists (creating it at most once at a time). */
export function offscreenOpener(api: OffscreenApi, url: string): () => Promise<void> {
  let creating: Promise<void> | null = null;
  return async () => {
    if (api.hasDocument && (await api.hasDocument())) return;
    creating ??= api
      .createDocument({
        url,
        reasons: OFFSCREEN_REASONS,
        justification:
          'Validates phrase packs in a worker; measures the agent’s speaking tempo and level ' +
          'from the microphone while the agent has the voice coach on.',
      })
      .catch((error: unknown) => {
        // Another caller (or an earlier worker life) created it already.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
}
