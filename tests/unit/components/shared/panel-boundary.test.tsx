// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Views } from '../../../../components/sidebar/frame/Views';
import type { PanelDescriptor, PanelProps } from '../../../../components/sidebar/panels';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const panelProps = {} as PanelProps;

describe('a failing sidebar panel', () => {
  it('shows a notice in its own tab while the other panels keep working, and can retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const panels: PanelDescriptor[] = [
      {
        id: 'checklist',
        titleKey: 'sidebar.viewChecklist',
        render: () => <p>Sveicināt klientu</p>,
      },
      {
        id: 'library',
        titleKey: 'sidebar.viewLibrary',
        render: () => {
          function Broken() {
            if (broken) throw new TypeError("Cannot read properties of undefined (reading 'trim')");
            return <p>Labdien!</p>;
          }
          return <Broken />;
        },
      },
    ];
    render(<Views panels={panels} panelProps={panelProps} />);
    expect(screen.getByText('Sveicināt klientu')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Frāzes' }));
    const notice = screen.getByRole('alert');
    expect(notice.getAttribute('data-panel')).toBe('library');
    expect(notice.textContent).toContain('Šo daļu neizdevās parādīt');
    expect(console.error).toHaveBeenCalled();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Mēģināt vēlreiz' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Labdien!')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrolsaraksts' }));
    expect(screen.getByText('Sveicināt klientu')).toBeTruthy();
  });
});
