/**
 * Runs a listener removal that may throw "Extension context invalidated": after an update the
 * old scripts' API is gone, and there is nothing left to detach from.
 */
export function detachQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // The context is gone, and its listeners with it.
  }
}
