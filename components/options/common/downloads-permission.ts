/**
 * The optional `downloads` permission the agent's own activity export needs. Asked for in the
 * click that switches the export on: browsers grant optional permissions only inside the agent's
 * own gesture (Firefox refuses a request made after an await), so nothing is awaited first. The
 * browser's own API is read from the page's globals (a test page has none: refused).
 */

interface PermissionsApi {
  request(permissions: { permissions: string[] }): Promise<boolean>;
  remove(permissions: { permissions: string[] }): Promise<boolean>;
}

function permissionsApi(): PermissionsApi | undefined {
  const scope = globalThis as {
    browser?: { permissions?: PermissionsApi };
    chrome?: { permissions?: PermissionsApi };
  };
  return scope.browser?.permissions ?? scope.chrome?.permissions;
}

const DOWNLOADS = { permissions: ['downloads'] };

export function requestDownloadsPermission(): Promise<boolean> {
  const api = permissionsApi();
  if (!api) return Promise.resolve(false);
  try {
    return api.request(DOWNLOADS).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Given back when the agent switches the export off (nothing else uses it). */
export function releaseDownloadsPermission(): void {
  try {
    void permissionsApi()
      ?.remove(DOWNLOADS)
      .catch(() => false);
  } catch {
    // no API: nothing to give back
  }
}
