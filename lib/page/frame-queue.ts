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
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    win.clearTimeout(timer);
    for (let i = 0; i < tasks.length; i++) tasks[i]!();
    tasks.length = 0;
  };
  queue = (task: Task) => {
    tasks.push(task);
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(run);
    timer = win.setTimeout(run, FALLBACK_MS);
  };
  queues.set(win, queue);
  return queue;
}
