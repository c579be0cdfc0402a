import { frameState } from '../shell/frame-state';

/**
 * The page engine of one frame: loaded once, on the first focus of an editable field.
 * Field adapters, checking, highlights and the card are wired here (in-page issue).
 */
export function startPageEngine(signal: AbortSignal): void {
  const state = frameState();
  if (state.engineLoaded) return;
  state.engineLoaded = true;
  signal.addEventListener('abort', () => {
    state.engineLoaded = false;
  });
}
