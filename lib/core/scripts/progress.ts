import type { ObjectionUse, ScriptProgress, StepExit, StepVisit } from '../model/script';

/** Shared pieces of the state machine; every function returns a new object, never mutates. */

export function visit(step: string, at: number): StepVisit {
  return { step, enteredAt: at, leftAt: null, leftBy: null };
}

export function isFinished(p: ScriptProgress): boolean {
  return p.outcome !== null;
}

/** `record[key]` only when it is the record's own (a step or field id is never a prototype's). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export interface Exit {
  leftBy: StepExit;
  answer?: string;
  card?: string;
}

/** The path with its last visit closed (when still open). */
export function closeLast(path: readonly StepVisit[], at: number, exit: Exit): StepVisit[] {
  const last = path.at(-1);
  if (!last || last.leftAt !== null) return [...path];
  return [...path.slice(0, -1), { ...last, leftAt: at, ...exit }];
}

/** Objection cards still open are closed: the conversation moved on. */
export function closeObjections(uses: readonly ObjectionUse[], at: number): ObjectionUse[] {
  return uses.some((u) => u.closedAt === null)
    ? uses.map((u) => (u.closedAt === null ? { ...u, closedAt: at } : u))
    : [...uses];
}

/** Leaves the current step by `exit` and enters `to`. */
export function move(
  p: ScriptProgress,
  to: string,
  at: number,
  exit: Exit,
  patch: Partial<ScriptProgress> = {},
): ScriptProgress {
  return {
    ...p,
    ...patch,
    current: to,
    path: [...closeLast(p.path, at, exit), visit(to, at)],
    objections: closeObjections(p.objections, at),
  };
}
