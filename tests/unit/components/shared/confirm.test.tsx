// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Confirm } from '../../../../components/shared/Confirm';

afterEach(cleanup);

function renderConfirm() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <Confirm
      hook="thing-confirm"
      question="Dzēst?"
      confirmLabel="Jā, dzēst"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  const yes = screen.getByRole('button', { name: 'Jā, dzēst' }) as HTMLButtonElement;
  return { onConfirm, onCancel, yes };
}

describe('a destructive action’s confirmation', () => {
  it('ignores a click that lands at once (a double click), then acts once armed', async () => {
    const { onConfirm, yes } = renderConfirm();
    expect(yes.disabled).toBe(true);
    fireEvent.click(yes);
    expect(onConfirm).not.toHaveBeenCalled();
    await waitFor(() => expect(yes.disabled).toBe(false));
    fireEvent.click(yes);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('puts focus on «Cancel» and cancels with Escape', () => {
    const { onCancel, onConfirm } = renderConfirm();
    const cancel = screen.getByRole('button', { name: 'Atcelt' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Dzēst?' })).toBeTruthy();
  });
});
