import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Copies text from an extension frame: the clipboard API, else a selection and copy. */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * The call note once the script reached an outcome: filled from the captures, the path and
 * the outcome, editable, inserted into the CRM's notes field (the site profile's `note`
 * field) or copied. It stays until the agent closes it, also after the call ended.
 */
export function ScriptNote(props: {
  note: string;
  outcome: string;
  preview?: boolean;
  onInsert: (text: string) => Promise<boolean>;
  onDismiss: () => void;
  announce: (message: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.note);
  const [message, setMessage] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  // A changed outcome (or captured field) writes the note afresh.
  useEffect(() => setText(props.note), [props.note]);
  const say = (next: string) => {
    setMessage(next);
    props.announce(next);
  };

  return (
    <section class="script-note-box" data-laipni="script-note-box" aria-labelledby="sb-script-note">
      <h3 id="sb-script-note">{t('sidebar.script.note')}</h3>
      <p class="hint">{t('sidebar.script.noteOutcome', { outcome: props.outcome })}</p>
      <label class="visually-hidden" for="sb-script-note-text">
        {t('sidebar.script.note')}
      </label>
      <textarea
        id="sb-script-note-text"
        ref={area}
        class="script-note"
        data-laipni="script-note"
        lang="lv"
        rows={6}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-laipni="script-note-insert"
          onClick={async () => {
            if (props.preview) return say(t('sidebar.script.preview'));
            say(
              t(
                (await props.onInsert(text))
                  ? 'sidebar.script.noteInserted'
                  : 'sidebar.script.noteNoField',
              ),
            );
          }}
        >
          {t('sidebar.script.noteInsert')}
        </button>
        <button
          type="button"
          data-laipni="script-note-copy"
          onClick={async () =>
            say(
              t(
                (await copyText(text, area.current))
                  ? 'sidebar.script.noteCopied'
                  : 'sidebar.script.noteCopyFailed',
              ),
            )
          }
        >
          {t('sidebar.script.noteCopy')}
        </button>
        <button type="button" data-laipni="script-note-dismiss" onClick={props.onDismiss}>
          {t('sidebar.script.noteDismiss')}
        </button>
      </div>
      {message && (
        <p class="hint" data-laipni="script-note-status">
          {message}
        </p>
      )}
    </section>
  );
}
