import type { Matcher } from '../../core/model/pack';
import { NO_FORM } from '../../data/stats';

/**
 * Which kinds' findings keep their text as the statistics form. Only those whose match is one
 * of the pack's own phrases: the others flag free text (detectors: any all-caps run, «!!!»,
 * any imperative; a co-occurrence spans the words between; a nominative address holds the
 * customer's name; a present-for-imperative the verb typed), which is counted without a form.
 */
const FORM_KINDS: ReadonlySet<Matcher['kind']> = new Set([
  'phrase',
  'standalone',
  'count',
  'case',
  'time-greeting',
]);

export function statsForm(kind: Matcher['kind'] | undefined, form: string): string {
  return kind !== undefined && FORM_KINDS.has(kind) ? form : NO_FORM;
}
