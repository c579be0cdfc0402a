import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJudgments } from '../../../eval/lib/judgments';
import { scoreRealText } from '../../../eval/lib/realtext';
import type { Finding } from '../../../lib/core/model/finding';

const HEADER = 'rule\tverdict\tpattern\tflagged\tsentence\n';

function finding(ruleId: string, text: string): Finding {
  return {
    ruleId,
    start: 0,
    end: text.length,
    text,
    severity: 'warning',
    message: '',
    suggestions: [],
  };
}

describe('real-text judgments', () => {
  it('the kept judgments parse, one verdict per flag', () => {
    const text = readFileSync('eval/latvian/realtext-judgments.tsv', 'utf8');
    expect(parseJudgments(text).size).toBeGreaterThan(2000);
  });

  it('refuses a flag judged both tp and fp', () => {
    const text = `${HEADER}r\ttp\tx\tNē\tNē.\nr\tfp\ty\tNē\tNē.\n`;
    expect(() => parseJudgments(text)).toThrow(/both tp and fp/);
  });

  it('scores judged flags and counts the ones no judgment covers', () => {
    const judgments = parseJudgments(`${HEADER}r\tfp\tacronym\tGPRS\tGPRS un EDGE\n`);
    const result = scoreRealText(
      [
        { pkg: 'a', text: 'GPRS un EDGE' },
        { pkg: 'a', text: 'Samaksājiet!' },
      ],
      (text) => (text.startsWith('GPRS') ? [finding('r', 'GPRS')] : [finding('r', 'Samaksājiet')]),
      judgments,
    );
    expect(result.byRule.get('r')).toEqual({ flags: 2, tp: 0, fp: 1, unjudged: 1 });
    expect(result.unjudged).toEqual([
      { rule: 'r', flagged: 'Samaksājiet', sentence: 'Samaksājiet!' },
    ]);
    expect(result.fpPatterns.get('acronym')).toBe(1);
  });
});
