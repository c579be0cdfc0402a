import { parseClock } from '../model/clock';
import type { CompiledSet } from './compile';
import { greetingFor } from './greeting';
import type { CheckContext } from './checker-types';
import { vocative } from './vocative';

/** The rules that apply in a context (phase, channel, repeat call, clock), as a 0/1 mask. */
export function activeMask(set: CompiledSet, ctx: CheckContext): Uint8Array {
  const mask = new Uint8Array(set.rules.length);
  const minute = parseClock(ctx.time);
  for (const rule of set.rules) {
    if (ctx.phase && rule.phases && !rule.phases.includes(ctx.phase)) continue;
    if (ctx.channel && rule.channels && !rule.channels.includes(ctx.channel)) continue;
    if (rule.repeatCall === true && ctx.repeatCall !== true) continue;
    if (rule.repeatCall === false && ctx.repeatCall === true) continue;
    if (rule.module.needsClock && minute < 0) continue;
    mask[rule.index] = 1;
  }
  return mask;
}

/** A key that changes whenever the rules in force or their results could change. */
export function contextKey(ctx: CheckContext): string {
  return `${ctx.phase ?? ''}|${ctx.channel ?? ''}|${ctx.repeatCall === undefined ? '' : String(ctx.repeatCall)}|${parseClock(ctx.time)}`;
}

/**
 * Context variables with the derived ones added: customerNameVocative and greeting. Only own
 * string values are copied, into a record without a prototype, so no `{constructor}` or
 * `{toString}` slot can find Object.prototype's members.
 */
export function resolveVariables(ctx: CheckContext): Record<string, string> {
  const vars = Object.create(null) as Record<string, string>;
  const given: Readonly<Record<string, unknown>> = ctx.variables ?? {};
  for (const name of Object.keys(given)) {
    const value = given[name];
    if (typeof value === 'string') vars[name] = value;
  }
  if (!vars.customerNameVocative && vars.customerName)
    vars.customerNameVocative = vocative(vars.customerName);
  if (!vars.greeting) vars.greeting = greetingFor(ctx.time);
  return vars;
}
