import { foldString } from '../engine/fold';
import type { CaptureValue, ScriptCapture } from '../model/script';
import { localized, type Bilingual, type Language } from '../model/text';
import { SCRIPT_LIMITS } from './limits';

/**
 * What an agent types into a script's field, checked and turned into the stored value: a
 * date typed either way becomes YYYY-MM-DD, «12,5» becomes 12.5, «jā» becomes true. A refusal
 * says why in Latvian and English. Empty input clears the field (value null).
 */

export type CaptureResult =
  { ok: true; value: CaptureValue | null } | { ok: false; error: Bilingual };

export type RawCapture = string | number | boolean;

function refuse(capture: ScriptCapture, lv: string, en: string): CaptureResult {
  const name = { lv: capture.label.lv, en: capture.label.en ?? capture.label.lv };
  return { ok: false, error: { lv: `«${name.lv}»: ${lv}`, en: `"${name.en}": ${en}` } };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LATVIAN = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/;

/** The local calendar day of a timestamp, YYYY-MM-DD. */
export function dayOf(now: number): string {
  const d = new Date(now);
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDate(
  capture: ScriptCapture & { kind: 'date' },
  raw: string,
  today?: string,
): CaptureResult {
  const iso = ISO.exec(raw);
  const lv = iso ? null : LATVIAN.exec(raw);
  const parts = iso ? [iso[1], iso[2], iso[3]] : lv ? [lv[3], lv[2], lv[1]] : null;
  if (!parts) {
    return refuse(
      capture,
      `«${raw}» nav datums: rakstiet GGGG-MM-DD vai DD.MM.GGGG.`,
      `"${raw}" is not a date: write YYYY-MM-DD or DD.MM.YYYY.`,
    );
  }
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
    return refuse(capture, `tāda datuma nav: ${raw}.`, `there is no such date: ${raw}.`);
  }
  const value = isoDate(y, m, d);
  if (capture.notPast && today !== undefined && value < today) {
    const shown = formatDate(value);
    return refuse(capture, `datums ${shown} jau ir pagājis.`, `the date ${shown} is in the past.`);
  }
  return { ok: true, value };
}

const SPACES = /[\s\u00a0\u202f']/g;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

function parseNumber(capture: ScriptCapture & { kind: 'number' }, raw: RawCapture): CaptureResult {
  const text =
    typeof raw === 'number' ? String(raw) : String(raw).replace(SPACES, '').replace(',', '.');
  const value = Number(text);
  if (!NUMBER.test(text) || !Number.isFinite(value)) {
    return refuse(capture, `«${raw}» nav skaitlis.`, `"${raw}" is not a number.`);
  }
  if (capture.integer && !Number.isInteger(value)) {
    return refuse(capture, 'vajag veselu skaitli.', 'a whole number is needed.');
  }
  if (capture.min !== undefined && value < capture.min) {
    return refuse(capture, `jābūt vismaz ${capture.min}.`, `must be at least ${capture.min}.`);
  }
  if (capture.max !== undefined && value > capture.max) {
    return refuse(capture, `jābūt ne vairāk kā ${capture.max}.`, `must be at most ${capture.max}.`);
  }
  return { ok: true, value };
}

const YES = new Set(['ja', 'yes', 'y', 'true', '1']);
const NO = new Set(['ne', 'no', 'n', 'false', '0']);

function parseYesNo(capture: ScriptCapture, raw: RawCapture): CaptureResult {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const word = foldString(String(raw).trim()).replace(/[.!]+$/, '');
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return refuse(capture, 'atbildiet «jā» vai «nē».', 'answer "yes" or "no".');
}

function parseChoice(capture: ScriptCapture & { kind: 'choice' }, raw: string): CaptureResult {
  const folded = foldString(raw);
  const option =
    capture.options.find((o) => o.id === raw) ??
    capture.options.find(
      (o) =>
        foldString(o.label.lv) === folded ||
        (o.label.en !== undefined && foldString(o.label.en) === folded),
    );
  if (option) return { ok: true, value: option.id };
  const lv = capture.options.map((o) => `«${o.label.lv}»`).join(', ');
  const en = capture.options.map((o) => `"${o.label.en ?? o.label.lv}"`).join(', ');
  return refuse(capture, `izvēlieties vienu no: ${lv}.`, `choose one of: ${en}.`);
}

/** `today` (YYYY-MM-DD) is needed only for `notPast` dates. */
export function parseCapture(
  capture: ScriptCapture,
  raw: RawCapture,
  today?: string,
): CaptureResult {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '') return { ok: true, value: null };
  switch (capture.kind) {
    case 'text': {
      const value = String(text);
      const max = capture.maxLength ?? SCRIPT_LIMITS.maxCaptureText;
      return value.length > max
        ? refuse(
            capture,
            `teksts ir par garu (ne vairāk kā ${max} rakstzīmes).`,
            `too long (at most ${max} characters).`,
          )
        : { ok: true, value };
    }
    case 'number':
      return parseNumber(capture, text);
    case 'date':
      return parseDate(capture, String(text), today);
    case 'choice':
      return parseChoice(capture, String(text));
    case 'yesno':
      return parseYesNo(capture, text);
  }
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

/** A stored value as people read it (the note, the sidebar): dates DD.MM.YYYY, «12,5», «jā». */
export function formatCapture(
  capture: ScriptCapture,
  value: CaptureValue,
  language: Language = 'lv',
): string {
  switch (capture.kind) {
    case 'number':
      return language === 'lv' ? String(value).replace('.', ',') : String(value);
    case 'date':
      return formatDate(String(value));
    case 'choice': {
      const option = capture.options.find((o) => o.id === value);
      return option ? localized(option.label, language) : String(value);
    }
    case 'yesno':
      return value === true ? (language === 'lv' ? 'jā' : 'yes') : language === 'lv' ? 'nē' : 'no';
    case 'text':
      return String(value);
  }
}
