import { configure, render, type RenderResult } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { LaipniDb } from '../../../../lib/data/database';
import { ensureBuiltinPack } from '../../../../lib/data/packs';
import type { Language } from '../../../../lib/core/model/text';
import type { Pack } from '../../../../lib/core/model/pack';
import { I18nProvider } from '../../../../components/shared/i18n';
import { DbProvider } from '../../../../components/options/data/db-context';

// Dexie writes and liveQuery re-renders take longer on a busy two-core machine than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

/** Renders an options component on its own database, in the given UI language. */
export function renderWithDb(
  ui: ComponentChildren,
  db: LaipniDb,
  locale: Language = 'lv',
): RenderResult {
  return render(
    <DbProvider db={db}>
      <I18nProvider locale={locale}>{ui}</I18nProvider>
    </DbProvider>,
  );
}

/** A two-rule stand-in for the built-in pack, so tests do not render the whole handbook. */
export function smallBuiltin(): Pack {
  return {
    format: 'laipni-pack/1',
    id: 'laipni-handbook',
    name: 'Rokasgrāmata',
    version: '1.0.0',
    author: 'Laipni',
    language: 'lv',
    rules: [
      {
        id: 'seit-runa',
        language: 'lv',
        severity: 'warning',
        phases: ['opening'],
        match: { kind: 'phrase', phrases: ['šeit runā'] },
        reason: { lv: 'Nepersonisks sākums.', en: 'An impersonal opening.' },
        replacements: ['Mans vārds ir {agentName}'],
        examples: { match: ['Šeit runā Anna.'] },
      },
      {
        id: 'hallo',
        language: 'lv',
        severity: 'info',
        match: { kind: 'phrase', phrases: ['hallo'] },
        reason: { lv: 'Nepieklājīgs sveiciens.', en: 'An impolite greeting.' },
        replacements: ['Labdien!'],
      },
    ],
    checklists: {
      opening: [
        {
          id: 'greet',
          text: { lv: 'Sveiciens', en: 'Greeting' },
          detect: { phrases: ['labdien'] },
        },
      ],
    },
  };
}

export async function withSmallBuiltin(db: LaipniDb): Promise<void> {
  await ensureBuiltinPack(db, smallBuiltin(), 1_700_000_000_000);
}
