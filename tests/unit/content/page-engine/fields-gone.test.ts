// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasEditableField, watchFieldsGone } from '../../../../lib/content/page-engine/fields-gone';

const CHECK_MS = 500;

function add(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const element = holder.firstElementChild as HTMLElement;
  document.body.append(element);
  return element;
}

/** Lets the MutationObserver deliver, then runs the throttled check. */
async function afterCheck(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(CHECK_MS);
}

function watcher() {
  const controller = new AbortController();
  const release = vi.fn();
  const watch = watchFieldsGone(document, controller.signal, release, CHECK_MS);
  return { watch, release, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('hasEditableField', () => {
  it.each([
    ['<textarea></textarea>', true],
    ['<input type="text">', true],
    ['<div contenteditable="true"></div>', true],
    ['<input type="password">', false],
    ['<textarea readonly></textarea>', false],
    ['<input type="checkbox">', false],
    ['<div data-laipni="off"><textarea></textarea></div>', false],
    ['<p>text only</p>', false],
  ])('%s → %s', (html, expected) => {
    add(html);
    expect(hasEditableField(document)).toBe(expected);
  });
});

describe('watchFieldsGone', () => {
  it('releases once the watched field is gone and no editable field is left', async () => {
    const field = add('<textarea></textarea>');
    add('<input type="password">');
    const { watch, release } = watcher();
    watch.watch(field);
    field.remove();
    await afterCheck();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('holds while another editable field is left, and releases when that one goes too', async () => {
    const field = add('<textarea></textarea>');
    const other = add('<div><input type="search"></div>');
    const { watch, release } = watcher();
    watch.watch(field);
    field.remove();
    await afterCheck();
    expect(release).not.toHaveBeenCalled();
    other.remove();
    await afterCheck();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('does not release while the field is still in the document', async () => {
    const field = add('<div contenteditable="true"></div>');
    const { watch, release } = watcher();
    watch.watch(field);
    add('<p>the page changes around the field</p>').remove();
    await afterCheck();
    expect(release).not.toHaveBeenCalled();
  });

  it('follows the field the agent moved to', async () => {
    const first = add('<textarea></textarea>');
    const second = add('<textarea></textarea>');
    const { watch, release } = watcher();
    watch.watch(first);
    watch.watch(second);
    second.remove();
    await afterCheck();
    // The first field is still there: the frame keeps what it holds.
    expect(release).not.toHaveBeenCalled();
    first.remove();
    await afterCheck();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('watches again after a release, from the next field', async () => {
    const { watch, release } = watcher();
    const first = add('<textarea></textarea>');
    watch.watch(first);
    first.remove();
    await afterCheck();
    const next = add('<textarea></textarea>');
    watch.watch(next);
    next.remove();
    await afterCheck();
    expect(release).toHaveBeenCalledTimes(2);
  });

  it('stops with the page engine', async () => {
    const field = add('<textarea></textarea>');
    const { watch, release, controller } = watcher();
    watch.watch(field);
    controller.abort();
    field.remove();
    await afterCheck();
    expect(release).not.toHaveBeenCalled();
  });
});
