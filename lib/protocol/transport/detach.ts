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

/**
 * Runs a listener addition that may throw "Extension context invalidated": an orphaned page
 * or sidebar can still render (and subscribe) for a moment after an update, and nothing will
 * ever be delivered to it. Returns whether the listener was added.
 */
export function attachQuietly(add: () => void): boolean {
  try {
    add();
    return true;
  } catch {
    return false;
  }
}
