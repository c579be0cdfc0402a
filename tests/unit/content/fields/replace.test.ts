// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldAdapter } from '../../../../lib/content/fields/adapters/adapter';
import { replaceSpan } from '../../../../lib/content/fields/replace';
import type { Delivery, ReplaceStrategy } from '../../../../lib/content/fields/strategies/strategy';

afterEach(() => {
  document.body.innerHTML = '';
});

function field(text: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.textContent = text;
  document.body.append(root);
  return root;
}

/** A strategy that records its call, reports `delivery` and writes `result` after `frames`. */
function strategy(
  name: string,
  calls: string[],
  delivery: Delivery,
  result: ((text: string) => string) | null,
  frames = 0,
): ReplaceStrategy {
  return {
    name,
    async apply(target, _snapshot, start, end, text) {
      calls.push(name);
      if (result) {
        const write = () => {
          const now = target.textContent ?? '';
          target.textContent = result(now.slice(0, start) + text + now.slice(end));
        };
        if (frames === 0) write();
        else {
          let left = frames;
          const tick = () => (--left === 0 ? write() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }
      }
      return delivery;
    },
  };
}

function adapter(strategies: ReplaceStrategy[]): FieldAdapter {
  return {
    name: 'test',
    matches: () => true,
    snapshot: (target) => ({ text: target.textContent ?? '', caret: null }),
    strategies,
  };
}

const edit = { start: 3, end: 9, expected: 'nezinu', replacement: 'noskaidrošu' };
const landed = (text: string) => text;

describe('replaceSpan', () => {
  it('moves on at once from a strategy the editor declined', async () => {
    const calls: string[] = [];
    const target = field('Es nezinu.');
    const outcome = await replaceSpan(
      adapter([
        strategy('paste', calls, 'declined', null),
        strategy('command', calls, 'sent', landed),
      ]),
      target,
      edit,
    );
    expect(outcome).toEqual({ ok: true, strategy: 'command' });
    expect(calls).toEqual(['paste', 'command']);
    expect(target.textContent).toBe('Es noskaidrošu.');
  });

  it('waits for an editor that took the input and lands it a few frames later', async () => {
    const calls: string[] = [];
    const target = field('Es nezinu.');
    const outcome = await replaceSpan(
      adapter([
        strategy('paste', calls, 'taken', landed, 10),
        strategy('command', calls, 'sent', landed),
      ]),
      target,
      edit,
    );
    expect(outcome).toEqual({ ok: true, strategy: 'paste' });
    expect(calls).toEqual(['paste']);
  });

  it('never runs another strategy after one the editor took but did not land', async () => {
    const calls: string[] = [];
    const target = field('Es nezinu.');
    const outcome = await replaceSpan(
      adapter([
        strategy('paste', calls, 'taken', null),
        strategy('command', calls, 'sent', landed),
      ]),
      target,
      edit,
    );
    expect(outcome).toEqual({ ok: false, reason: 'rejected' });
    expect(calls).toEqual(['paste']);
    expect(target.textContent).toBe('Es nezinu.');
  });

  it('stops when a strategy changed the text into something else', async () => {
    const calls: string[] = [];
    const target = field('Es nezinu.');
    const outcome = await replaceSpan(
      adapter([
        strategy('paste', calls, 'sent', (text) => `${text}\n`.replace('.', '!')),
        strategy('command', calls, 'sent', landed),
      ]),
      target,
      edit,
    );
    expect(outcome).toEqual({ ok: false, reason: 'diverged' });
    expect(calls).toEqual(['paste']);
  });
});
