// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptChanges } from '../../../../components/shared/ScriptChanges';
import { I18nProvider } from '../../../../components/shared/i18n';
import { diffScripts } from '../../../../lib/core/packs/pack-diff-scripts';
import { sampleScript } from '../../core/scripts/fixtures';

afterEach(cleanup);

describe('the scripts part of a change summary', () => {
  it('names the script changed and its steps, the lists cut and counted', () => {
    const after = sampleScript();
    after.steps = after.steps.filter((s) => s.id !== 'callback' && s.id !== 'contract');
    after.steps[0]!.say = ['{greeting}! Mans vārds ir {agentName}.'];
    const diff = diffScripts([sampleScript()], [after], 200);
    const { container } = render(
      <I18nProvider locale="en">
        <ScriptChanges diff={diff} shown={2} />
      </I18nProvider>,
    );
    const script = container.querySelector('[data-laipni="script-change"][data-script="demo"]');
    expect(script?.getAttribute('data-change')).toBe('changed');
    expect(script?.textContent).toContain('Script «Demo call» changed (steps: +0, −2, ~1)');
    const steps = [...container.querySelectorAll('[data-laipni="script-step-change"]')];
    expect(steps.map((s) => s.textContent)).toEqual([
      'step «Contract» removed',
      'step «Call-back» removed',
    ]);
    expect(script?.textContent).toContain('and 1 more');
  });

  it('shows nothing when no script changed (or the summary is older than scripts)', () => {
    const { container } = render(<ScriptChanges diff={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
