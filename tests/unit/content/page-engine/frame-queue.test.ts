import { describe, expect, it } from 'vitest';
import { frameQueueOf } from '../../../../lib/content/page-engine/frame-queue';

/** A window whose animation frames and timers run when the test says so. */
function fakeWindow() {
  let frames: Array<() => void> = [];
  const win = {
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  } as unknown as Window;
  const nextFrame = () => {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback());
  };
  return { win, nextFrame, pending: () => frames.length };
}

describe('the frame queue', () => {
  it('runs queued tasks once, in order, in one animation frame', () => {
    const { win, nextFrame, pending } = fakeWindow();
    const queue = frameQueueOf(win);
    const ran: string[] = [];
    queue(() => ran.push('check'));
    queue(() => queue(() => ran.push('ui, queued by a task')));
    expect(pending()).toBe(1);
    nextFrame();
    expect(ran).toEqual(['check', 'ui, queued by a task']);
    nextFrame();
    expect(ran).toHaveLength(2);
  });

  it('keeps the tasks after one that throws for the next frame', () => {
    const { win, nextFrame } = fakeWindow();
    const queue = frameQueueOf(win);
    const ran: string[] = [];
    queue(() => {
      throw new Error('broken task');
    });
    queue(() => ran.push('after'));
    expect(() => nextFrame()).toThrow('broken task');
    nextFrame();
    expect(ran).toEqual(['after']);
  });
});
