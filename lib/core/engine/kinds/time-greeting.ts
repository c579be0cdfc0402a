import * as v from 'valibot';
import { inWindow, parseClock } from '../../model/clock';
import { phraseList, strict, timeSchema } from '../../packs/schema-parts';
import { Role } from '../roles';
import type { TrieKind } from './kind';

/** [from, until] minutes since midnight per greeting (-1 when a time is not valid). */
type Windows = [number, number][];

/** A greeting that does not fit the clock («Labrīt» at 15:00). */
export const timeGreetingKind: TrieKind<'time-greeting', Windows> = {
  kind: 'time-greeting',
  finds: 'trie',
  needsClock: true,
  label: {
    lv: 'sveiciens neatbilst diennakts laikam',
    en: 'greeting that does not fit the time of day',
  },
  schema: {
    greetings: v.pipe(
      v.array(
        strict(
          { phrases: phraseList(1), from: timeSchema, until: timeSchema },
          { lv: 'sveiciens', en: 'greeting' },
        ),
      ),
      v.minLength(1),
      v.maxLength(50),
    ),
  },
  phraseLists: (m) => m.greetings.map((greeting) => greeting.phrases),
  compile(m, b) {
    return m.greetings.map((greeting, index) => {
      b.addPhrases(greeting.phrases, Role.Main, index);
      return [parseClock(greeting.from), parseClock(greeting.until)];
    });
  },
  evaluate(s, rule, _text, _seg, minute) {
    if (minute < 0 || !s.sentenceOk(rule)) return;
    for (let h = s.head(rule.index); h >= 0; h = s.next(h)) {
      if (s.role(h) !== Role.Main) continue;
      const window = rule.params[s.aux(h)];
      if (!window || window[0] < 0 || window[1] < 0 || inWindow(minute, window[0], window[1]))
        continue;
      const from = s.from(h);
      const to = s.to(h);
      if (s.spanOk(rule, from, to)) s.emitTokens(from, to);
    }
  },
};
