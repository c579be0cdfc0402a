import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the whole sidebar: what an action did («Zvans sākts.», «Frāze
 * ievietota.») is shown and read out once, without moving the focus.
 */
export function AnnounceProvider(props: { children: ComponentChildren }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage(next), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {props.children}
      <p class="sidebar-status" role="status" data-laipni="sidebar-status">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
