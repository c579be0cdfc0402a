import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the import-boundary rule in eslint.boundaries.js rejects what it must.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('pure-layer lint boundary', () => {
  const violations: Array<[string, string]> = [
    ['lib/core/engine/violation.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    [
      'lib/core/engine/violation.ts',
      "import browser from 'webextension-polyfill';\nexport const b = browser;\n",
    ],
    ['lib/core/packs/violation.ts', "import { h } from 'preact';\nexport const x = h;\n"],
    [
      'lib/core/packs/violation.ts',
      "import { db } from '../../data/database';\nexport const x = db;\n",
    ],
  ];
  it.each(violations)('rejects a forbidden import in %s', async (file, code) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('rejects DOM globals in the engine', async () => {
    const ids = await ruleIdsFor(
      'export const t = document.title;\n',
      'lib/core/engine/violation.ts',
    );
    expect(ids).toContain('no-restricted-globals');
  });

  it('allows the same import outside the pure layers', async () => {
    const ids = await ruleIdsFor(
      "import Dexie from 'dexie';\nexport const d = Dexie;\n",
      'lib/data/ok.ts',
    );
    expect(ids).not.toContain('no-restricted-imports');
  });
});
