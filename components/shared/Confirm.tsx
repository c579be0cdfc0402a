import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { useUnobscured } from './use-unobscured';
import './confirm.css';

/** How long the confirm button stays disarmed: a double click cannot land on it by surprise. */
const ARM_MS = 400;

/**
 * An inline question before a destructive action (end the call, delete calls, switch the site
 * off): the action runs only from its own button, which is armed a moment after it appears and
 * only while the panel is really seen (a framing page cannot make us invisible and lure the
 * click). Focus goes to «Cancel»; Escape cancels.
 */
export function Confirm(props: {
  /** `data-laipni` of the confirm button; cancel is `${hook}-cancel`. */
  hook: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const group = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [armed, setArmed] = useState(false);
  const seen = useUnobscured(group);
  const id = `confirm-${props.hook}`;

  useEffect(() => {
    cancel.current?.focus();
    const timer = setTimeout(() => setArmed(true), ARM_MS);
    return () => clearTimeout(timer);
  }, []);

  const ready = armed && seen;
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      ref={group}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <p id={id}>{props.question}</p>
      {!seen && <p class="hint">{t('confirm.covered')}</p>}
      <div class="button-row">
        <button
          type="button"
          class="danger"
          data-laipni={props.hook}
          disabled={!ready}
          onClick={() => ready && props.onConfirm()}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          data-laipni={`${props.hook}-cancel`}
          ref={cancel}
          onClick={props.onCancel}
        >
          {t('confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
