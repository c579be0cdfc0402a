import { describe, expect, it } from 'vitest';
import { createChecker, type CheckContext } from '../../../../lib/core/engine';
import { createFlagCounter } from '../../../../lib/core/engine/flag-counter';
import { textEdit } from '../../../../lib/core/engine/text-edit';
import type { Finding } from '../../../../lib/core/model/finding';

const context: CheckContext = { phase: 'body' };

/** Types `text` one key at a time (caret at the end), checking after each, then leaves. */
function typeAndCount(text: string, prefix = ''): string[] {
  const checker = createChecker();
  const counted: string[] = [];
  const counter = createFlagCounter<Finding>((f) => counted.push(`${f.ruleId} ${f.text}`));
  let before = prefix;
  let shown = checker.check(before, context);
  for (const char of text) {
    const after = before + char;
    const edit = textEdit(before, after);
    const now = checker.check(after, context);
    counter.checked(edit, shown, now, after.length, true);
    shown = now;
    before = after;
  }
  counter.settle((f) => shown.includes(f));
  return counted;
}

describe('a finding counts as flagged once the agent has moved past it', () => {
  it.each([
    [
      'a half-typed word that grows into another finding never counts',
      'Es nezinu.',
      ['es-nezinu Es nezinu'],
    ],
    [
      'a finding at the end of the text counts when the agent leaves',
      'Es nezinu',
      ['es-nezinu Es nezinu'],
    ],
    [
      'a finding counts once however long the agent goes on',
      'Es nezinu, bet pārbaudīšu.',
      ['es-nezinu Es nezinu'],
    ],
    ['text with no finding counts nothing', 'Labdien! Kā varu palīdzēt?', []],
  ])('%s', (_name, text, expected) => {
    expect(typeAndCount(text)).toEqual(expected);
  });

  it('findings the page put there before the agent typed are not counted', () => {
    expect(typeAndCount(' Labi.', 'Es nezinu.')).toEqual([]);
  });

  it('a finding the agent only passes by (no edit of theirs) is not counted', () => {
    const checker = createChecker();
    const counted: Finding[] = [];
    const counter = createFlagCounter<Finding>((f) => counted.push(f));
    const after = 'Es nezinu.';
    counter.checked(textEdit('', after), [], checker.check(after, context), after.length, false);
    counter.settle(() => true);
    expect(counted).toEqual([]);
  });

  it('a waiting finding the agent has since ignored is not counted on leaving', () => {
    const checker = createChecker();
    const counted: Finding[] = [];
    const counter = createFlagCounter<Finding>((f) => counted.push(f));
    const after = 'Es nezinu';
    const shown = checker.check(after, context);
    counter.checked(textEdit('', after), [], shown, after.length, true);
    counter.settle(() => false);
    expect(counted).toEqual([]);
  });
});
