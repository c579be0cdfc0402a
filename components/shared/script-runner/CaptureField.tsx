import { useEffect, useId, useState } from 'preact/hooks';
import type { CaptureValue, ScriptCapture } from '../../../lib/core/model/script';
import { formatCapture } from '../../../lib/core/scripts/capture';
import { localized, type Bilingual } from '../../../lib/core/model/text';
import { useI18n } from '../i18n';

/** What the agent typed, as the field shows it: a stored date as DD.MM.YYYY, «12,5». */
function shown(capture: ScriptCapture, value: CaptureValue | undefined): string {
  if (value === undefined) return '';
  if (capture.kind === 'choice') return String(value);
  if (capture.kind === 'yesno') return value === true ? 'yes' : 'no';
  return formatCapture(capture, value, 'lv');
}

/**
 * One field the script asks for: `[data-laipni="script-capture"][data-field]`. The value is
 * checked when the agent leaves the field (or presses Enter, or picks an option); a refused
 * one stays in the field with the reason beside it (`script-capture-error`), nothing lost.
 */
export function CaptureField(props: {
  capture: ScriptCapture;
  value: CaptureValue | undefined;
  onCommit: (raw: string | boolean) => Promise<Bilingual | null>;
}) {
  const { t, locale } = useI18n();
  const { capture } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const stored = shown(capture, props.value);
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<Bilingual | null>(null);
  // A value stored elsewhere (another sidebar, a reload) replaces an unchanged draft.
  useEffect(() => {
    if (!error) setDraft(stored);
  }, [stored]);

  const commit = async (raw: string | boolean) => {
    if (typeof raw === 'string' && raw === stored && !error) return;
    setError(await props.onCommit(raw));
  };
  const label = localized(capture.label, locale);
  const described = error ? errorId : undefined;
  const common = {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
  };

  let control;
  if (capture.kind === 'choice' || capture.kind === 'yesno') {
    const options =
      capture.kind === 'choice'
        ? capture.options.map((o) => ({ value: o.id, label: localized(o.label, locale) }))
        : [
            { value: 'yes', label: t('sidebar.script.yes') },
            { value: 'no', label: t('sidebar.script.no') },
          ];
    control = (
      <select
        {...common}
        value={draft}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setDraft(value);
          const raw = capture.kind === 'yesno' ? (value === '' ? '' : value === 'yes') : value;
          void commit(raw);
        }}
      >
        <option value="">{t('sidebar.script.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={capture.kind === 'number' ? 'decimal' : undefined}
        placeholder={capture.kind === 'date' ? t('sidebar.script.datePlaceholder') : undefined}
        maxLength={capture.kind === 'text' ? (capture.maxLength ?? 1000) : 40}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={(event) => void commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void commit(event.currentTarget.value);
        }}
      />
    );
  }

  return (
    <div
      class={`script-capture${error ? ' script-capture-refused' : ''}`}
      data-laipni="script-capture"
      data-field={capture.id}
      data-kind={capture.kind}
    >
      <label for={id}>
        {capture.required ? t('sidebar.script.captureRequired', { label }) : label}
      </label>
      {control}
      {error && (
        <p
          id={errorId}
          class="script-capture-error"
          data-laipni="script-capture-error"
          role="alert"
        >
          {error[locale]}
        </p>
      )}
    </div>
  );
}
