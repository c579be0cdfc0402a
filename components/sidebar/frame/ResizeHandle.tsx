import { useRef } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import './resize-handle.css';

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
const KEY_STEP = 16;
const PAGE_STEP = 64;

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

/**
 * The sidebar's left edge: drag it, or focus it and use the arrow keys, to change the width.
 * The frame is docked at the right, so moving the edge left makes the sidebar wider. Screen
 * coordinates, because the frame itself moves while it is resized.
 */
export function ResizeHandle(props: {
  width: number;
  onResize: (width: number, final: boolean) => void;
}) {
  const { t } = useI18n();
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    drag.current = { x: event.screenX, width: props.width };
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (start) props.onResize(clampWidth(start.width + start.x - event.screenX), false);
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = drag.current;
    drag.current = null;
    if (start) props.onResize(clampWidth(start.width + start.x - event.screenX), true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = {
      ArrowLeft: KEY_STEP,
      ArrowRight: -KEY_STEP,
      PageUp: PAGE_STEP,
      PageDown: -PAGE_STEP,
      Home: MIN_WIDTH - props.width,
      End: MAX_WIDTH - props.width,
    };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    props.onResize(clampWidth(props.width + step), true);
  };

  return (
    <div
      class="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      aria-valuenow={props.width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      data-laipni="sidebar-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
