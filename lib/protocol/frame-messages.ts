/**
 * Messages of the extension shell (engine loading, the sidebar frame and its token).
 * One map per direction: message name → request and response types, no `any`.
 */
export interface ToBackground {
  /** Bootstrap → background: inject the page engine into my frame (first focus of a field). */
  'shell:load-engine': { request: Record<string, never>; response: EngineLoadResult };
  /** A frame's Alt+Shift+L → background → the tab's top frame toggles the sidebar. */
  'shell:toggle-sidebar': { request: Record<string, never>; response: void };
  /**
   * Top frame → background: a one-time token for the sidebar iframe it is about to create,
   * and the width the agent chose for this site.
   */
  'shell:sidebar-token': {
    request: Record<string, never>;
    response: { token: string; width: number };
  };
  /** Top frame → background: the agent opened or closed the sidebar (remembered per site). */
  'shell:sidebar-state': { request: { open: boolean }; response: void };
  /** Sidebar page → background: is this token the one our content script asked for in my tab? */
  'shell:sidebar-verify': { request: { token: string }; response: SidebarVerification };
}

export interface ToContent {
  /** Background → top frame (answered by sidebar-host.ts): show or hide the sidebar. */
  'shell:toggle-sidebar': { request: { source: ToggleSource }; response: { open: boolean } };
  /** Background → frame: liveness and state probe (used by tests and the benchmark). */
  'shell:ping': { request: Record<string, never>; response: FrameStatus };
  /** Background → top frame (sidebar-host.ts): the site's sidebar width; open it if remembered. */
  'shell:sidebar-layout': {
    request: { width: number; open?: boolean };
    response: Record<string, never>;
  };
  /** Background → frame after re-injecting it: load the engine if a field already has focus. */
  'shell:check-focus': { request: Record<string, never>; response: { engineRequested: boolean } };
  /** Background → frame: the page engine's own input-handler durations (page benchmark). */
  'shell:input-timings': { request: Record<string, never>; response: { samples: number[] } };
}

export type ToggleSource = 'keyboard' | 'toolbar' | 'command';

export interface EngineLoadResult {
  loaded: boolean;
  /** Why not: the site is switched off, the frame is gone, the browser refused. */
  reason?: string;
}

export interface SidebarVerification {
  ok: boolean;
  tabId?: number;
  pageUrl?: string;
}

export interface FrameStatus {
  url: string;
  top: boolean;
  engineLoaded: boolean;
  sidebarOpen: boolean;
  /** Rule-set requests this frame made (a frame never focused makes none). */
  ruleSetRequests: number;
}

export { isEnvelope, type Envelope } from './envelope';
