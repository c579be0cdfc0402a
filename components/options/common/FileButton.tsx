import { useId, useRef } from 'preact/hooks';
import './file-button.css';

/**
 * A labelled file picker. The native input stays in the tab order (visually styled by its label
 * in CSS) so it works with the keyboard and screen readers without extra wiring.
 */
export function FileButton(props: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <span class="file-button">
      <label for={id}>{props.label}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Clearing lets the same file be chosen again after it was fixed.
          if (input.current) input.current.value = '';
          if (file) props.onFile(file);
        }}
      />
    </span>
  );
}
