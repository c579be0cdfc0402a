/**
 * The frame family: a CRM frame's bootstrap and the background. Requests from the bootstrap go
 * through the one runtime router (`FrameProtocolMap`); the background's calls into a frame do
 * not use `runtime.onMessage`, whose listener alone costs every frame load time: the background
 * runs `scripting.executeScript` in the frame's isolated world, which calls the function the
 * bootstrap left there (`FRAME_ENDPOINT_KEY`). The page's own scripts live in another world and
 * cannot see or call it.
 */

/** Bootstrap → background (content scripts only). */
export interface FrameProtocolMap {
  /** Inject the page engine into my frame (first focus of a field). */
  'frame:load-engine': { request: Record<string, never>; response: EngineLoadResult };
  /** A frame's Alt+Shift+L → background → the tab's top frame toggles the sidebar. */
  'frame:toggle-sidebar': { request: Record<string, never>; response: Record<string, never> };
  /**
   * A one-time token for an extension frame (the sidebar in the top frame, the card in any
   * frame) this content script is about to create; handed to that frame by a message.
   */
  'frame:embed-token': { request: { kind: EmbedKind }; response: { token: string } };
  /** Top frame → background: the sidebar width the agent chose for this site. */
  'frame:sidebar-width': { request: Record<string, never>; response: { width: number } };
  /** Top frame → background: the agent opened or closed the sidebar (remembered per site). */
  'frame:sidebar-state': { request: { open: boolean }; response: Record<string, never> };
}

/** Background → a frame's bootstrap, through its endpoint. */
export interface EndpointCallMap {
  /** Top frame (answered by the sidebar host): show or hide the sidebar. */
  'endpoint:toggle-sidebar': { request: { source: ToggleSource }; response: { open: boolean } };
  /** Liveness and state probe (used by tests and the benchmark). */
  'endpoint:ping': { request: Record<string, never>; response: FrameStatus };
  /** Top frame (sidebar host): the site's sidebar width; open it if remembered. */
  'endpoint:sidebar-layout': {
    request: { width: number; open?: boolean };
    response: Record<string, never>;
  };
  /** After re-injecting the bootstrap: load the engine if a field already has focus. */
  'endpoint:check-focus': {
    request: Record<string, never>;
    response: { engineRequested: boolean };
  };
  /** The page engine's own input-handler durations (page benchmark). */
  'endpoint:input-timings': { request: Record<string, never>; response: { samples: number[] } };
}

/** The name of the function the bootstrap leaves on its isolated world's globalThis. */
export const FRAME_ENDPOINT_KEY = '__laipniShell';

export type FrameEndpoint = (message: unknown) => unknown;

/**
 * Dispatched on `document` by the new version's background after an update: the old version's
 * scripts hear it, find their context gone and take their UI away.
 */
export const STALE_CHECK_EVENT = 'laipni:stale-check';

export type ToggleSource = 'keyboard' | 'toolbar' | 'command';

/** The extension frames a content script creates in a CRM page. */
export type EmbedKind = 'sidebar' | 'card';
export const EMBED_KINDS: readonly EmbedKind[] = ['sidebar', 'card'];

/** The message a content script posts to an extension frame it created: its one-time token. */
export interface EmbedTokenMessage {
  laipni: 'embed-token';
  token: string;
}

export interface EngineLoadResult {
  loaded: boolean;
  /** Why not: `site-off` (the agent or policy switched the site off), or the browser's refusal. */
  reason?: string;
}

export interface FrameStatus {
  url: string;
  top: boolean;
  engineLoaded: boolean;
  sidebarOpen: boolean;
  /** Rule-set requests this frame made (a frame never focused makes none). */
  ruleSetRequests: number;
}
