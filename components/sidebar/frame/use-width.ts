import { useEffect, useRef, useState } from 'preact/hooks';
import { useEnv } from '../data/env';

/** Writes while dragging at most this often: the frame follows, the database is spared. */
const WRITE_EVERY_MS = 120;

/**
 * The sidebar width of this site: shown at once while the agent drags, written to the site
 * settings (throttled while dragging, always at the end), where the frame in the page reads it.
 */
export function useSidebarWidth(stored: number): [number, (width: number, final: boolean) => void] {
  const { store, site } = useEnv();
  const [dragging, setDragging] = useState<number | null>(null);
  const lastWrite = useRef(0);
  useEffect(() => {
    // The stored width caught up (or changed in another tab): stop showing a local one.
    if (dragging === stored) setDragging(null);
  }, [stored]);

  const resize = (width: number, final: boolean) => {
    setDragging(width);
    const now = Date.now();
    if (!final && now - lastWrite.current < WRITE_EVERY_MS) return;
    lastWrite.current = now;
    void store.run({ name: 'update-site', params: { site, patch: { sidebarWidth: width } } });
  };
  return [dragging ?? stored, resize];
}
