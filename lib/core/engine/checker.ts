import type { Pack } from '../model/pack';
import { assemble, type Entry, type FindingCache } from './assemble';
import { parseClock } from '../model/clock';
import { checkText } from './check-text';
import { compile } from './compile';
import { textEdit } from './text-edit';
import { activeMask, contextKey, resolveVariables } from './context';
import { SentenceChecker } from './evaluate';
import { checkAll, recheck } from './session';
import type {
  CheckContext,
  Checker,
  CheckerOptions,
  CheckSession,
  KnownChange,
} from './checker-types';
import type { Finding } from '../model/finding';

/**
 * Compiles the given packs once and returns a checker. `packs` is required here; the public
 * `createChecker` in index.ts defaults it to the built-in pack (this module does not import
 * the pack, so the content script can ship without it).
 */
export function createCheckerFromPacks(
  packs: readonly Pack[],
  options: Omit<CheckerOptions, 'packs'> = {},
): Checker {
  const set = compile(packs, options.disabledRules ?? []);
  const sentences = new SentenceChecker(set, options.translit !== false);
  const locale = options.locale ?? 'lv';
  const masks = new Map<string, Uint8Array>();
  const maskFor = (ctx: CheckContext): Uint8Array => {
    const key = contextKey(ctx);
    let mask = masks.get(key);
    if (!mask) {
      if (masks.size > 64) masks.clear();
      mask = activeMask(set, ctx);
      masks.set(key, mask);
    }
    return mask;
  };

  const check = (text: string, ctx: CheckContext = {}): Finding[] => {
    const normalized = typeof text === 'string' ? text : '';
    const minute = parseClock(ctx.time);
    const vars = resolveVariables(ctx);
    return checkText(set, normalized, sentences, maskFor(ctx), minute, vars, locale);
  };

  const session = (): CheckSession => {
    let prevText: string | null = null;
    let prevKey = '';
    let entries: Entry[] = [];
    const cache: FindingCache = new WeakMap();
    return {
      update(text: string, ctx: CheckContext = {}, change?: KnownChange): Finding[] {
        const key = contextKey(ctx);
        const mask = maskFor(ctx);
        const minute = parseClock(ctx.time);
        if (prevText === null || key !== prevKey) entries = checkAll(text, sentences, mask, minute);
        else if (text !== prevText) {
          // The caller's diff, when it was taken from this session's previous text (usually
          // the same string, so the comparison is by reference); otherwise our own.
          const edit = change?.before === prevText ? change.edit : textEdit(prevText, text);
          entries = recheck(entries, text, edit, sentences, mask, minute);
        }
        prevText = text;
        prevKey = key;
        return assemble(set, entries, text, resolveVariables(ctx), locale, cache);
      },
      reset(): void {
        prevText = null;
        entries = [];
      },
    };
  };

  return { check, session, ruleIds: set.rules.map((r) => r.id) };
}
