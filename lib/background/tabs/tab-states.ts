import type { PageFinding, PageValues } from '../../protocol/page-messages';

/** What the background knows about one tab's page (memory only: pages resend on change). */
export interface TabRecord {
  site: string;
  findings: PageFinding[];
  /** The frame whose focused field the findings belong to (apply goes there). */
  findingsFrameId: number;
  /** The frame the agent last typed or clicked in for real (library inserts go there). */
  focusFrameId: number;
  /** What each frame's card shows (by frame id); a closed card is absent. */
  cards: Record<number, PageFinding[]>;
  values: PageValues;
  contactKey: string | null;
  telOffer?: { number: string; at: number };
  /** The site profile the tab's page matched (a script may be for some profiles only). */
  profileId?: string;
}

export interface TabView {
  tabId: number;
  site: string;
  findings: PageFinding[];
  page: { customerName?: string; company?: string; contactSeen: boolean };
  telOffer?: { number: string; at: number };
  profileId?: string;
}

export interface TabStates {
  get(tabId: number): TabRecord | undefined;
  /** The site each known tab shows. */
  sites(): ReadonlyMap<number, string>;
  update(tabId: number, site: string, patch: Partial<TabRecord>): TabRecord;
  remove(tabId: number): void;
  /** The tab's state as the sidebar reads it, before its findings are filled. */
  view(tabId: number): TabView;
  /** Calls `listener` after every change of the tab's state (its sidebar shows it). */
  subscribe(tabId: number, listener: () => void): () => void;
}

export function createTabStates(): TabStates {
  const tabs = new Map<number, TabRecord>();
  const listeners = new Map<number, Set<() => void>>();
  const changed = (tabId: number) => {
    for (const listener of listeners.get(tabId) ?? []) listener();
  };
  const empty = (site: string): TabRecord => ({
    site,
    findings: [],
    findingsFrameId: 0,
    focusFrameId: 0,
    cards: {},
    values: {},
    contactKey: null,
  });
  return {
    get: (tabId) => tabs.get(tabId),
    sites: () => new Map([...tabs].map(([tabId, record]) => [tabId, record.site])),
    update(tabId, site, patch) {
      const previous = tabs.get(tabId);
      // A navigation to another site starts the tab afresh.
      const base = previous && previous.site === site ? previous : empty(site);
      const next = { ...base, ...patch };
      tabs.set(tabId, next);
      changed(tabId);
      return next;
    },
    remove(tabId) {
      tabs.delete(tabId);
      changed(tabId);
    },
    subscribe(tabId, listener) {
      let set = listeners.get(tabId);
      if (!set) listeners.set(tabId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(tabId);
      };
    },
    view(tabId) {
      const record = tabs.get(tabId) ?? empty('');
      return {
        tabId,
        site: record.site,
        findings: record.findings,
        page: {
          ...(record.values.customerName ? { customerName: record.values.customerName } : {}),
          ...(record.values.company ? { company: record.values.company } : {}),
          contactSeen: record.contactKey !== null,
        },
        ...(record.telOffer ? { telOffer: record.telOffer } : {}),
        ...(record.profileId ? { profileId: record.profileId } : {}),
      };
    },
  };
}
