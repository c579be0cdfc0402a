/** When no animation frame comes (a frame the browser does not render), run anyway. */
const FALLBACK_MS = 100;

type Task = () => void;

const queues = new WeakMap<Window, (task: Task) => void>();

/**
 * Runs tasks once, in order, in the window's next animation frame (before it paints), with one
 * `requestAnimationFrame` for all of them: the field's check and then the UI that shows its
 * result share a frame, and each call to the browser's scheduler costs the page time on
 * every keystroke. A task queued while the queue runs goes in the same pass.
 */
export function frameQueueOf(win: Window): (task: Task) => void {
  let queue = queues.get(win);
  if (queue) return queue;
  const tasks: Task[] = [];
  let scheduled = false;
  let timer = 0;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(run);
    timer = win.setTimeout(run, FALLBACK_MS);
  };
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    win.clearTimeout(timer);
    try {
      for (let task = tasks.shift(); task; task = tasks.shift()) task();
    } finally {
      // A task that threw leaves the rest for the next frame.
      if (tasks.length > 0) schedule();
    }
  };
  queue = (task: Task) => {
    tasks.push(task);
    schedule();
  };
  queues.set(win, queue);
  return queue;
}
