import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ZONES } from '../../eslint.zones.js';

// Proves the runtime zones in eslint.zones.js reject what they must.
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''} ${m.message}`);
}

/** [file, code that breaks the zone]: one violation per zone, imports the tree really has. */
const violations: Array<[string, string]> = [
  ['lib/core/engine/violation.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
  ['lib/core/packs/violation.ts', "import { h } from 'preact';\nexport const x = h;\n"],
  [
    'lib/core/engine/violation.ts',
    "import browser from 'webextension-polyfill';\nexport const b = browser;\n",
  ],
  [
    'lib/core/packs/violation.ts',
    "import { getDatabase } from '../../data/database';\nexport const x = getDatabase;\n",
  ],
  [
    'lib/protocol/violation.ts',
    "import { startBackground } from '../background/start';\nexport const x = startBackground;\n",
  ],
  [
    'lib/protocol/violation.ts',
    "import { getDatabase } from '../data/database';\nexport const x = getDatabase;\n",
  ],
  [
    'lib/content/page-engine/violation.ts',
    "import { getDatabase } from '../../data/database';\nexport const x = getDatabase;\n",
  ],
  [
    'lib/content/bootstrap/violation.ts',
    "import { startBackground } from '../../background/start';\nexport const x = startBackground;\n",
  ],
  [
    'lib/content/page-engine/violation.ts',
    "import { SidebarApp } from '../../../components/sidebar/SidebarApp';\nexport const x = SidebarApp;\n",
  ],
  [
    'lib/data/violation.ts',
    "import { startBackground } from '../background/start';\nexport const x = startBackground;\n",
  ],
  [
    'lib/background/violation.ts',
    "import { startPageEngine } from '../content/page-engine/start';\nexport const x = startPageEngine;\n",
  ],
  [
    'components/sidebar/violation.ts',
    "import { getDatabase } from '../../lib/data/database';\nexport const x = getDatabase;\n",
  ],
  ['components/sidebar/violation.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
  [
    'components/options/violation.ts',
    "import { startBackground } from '../../lib/background/start';\nexport const x = startBackground;\n",
  ],
  [
    'lib/pages/violation.ts',
    "import { getDatabase } from '../data/database';\nexport const x = getDatabase;\n",
  ],
  [
    'components/card/violation.ts',
    "import { getDatabase } from '../../lib/data/database';\nexport const x = getDatabase;\n",
  ],
  [
    'lib/background/violation.ts',
    "import { createLemmaExpander } from '../core/lemmas/expander';\nexport const x = createLemmaExpander;\n",
  ],
  [
    'lib/content/page-engine/violation.ts',
    "import dictionary from 'dictionary-lv';\nexport const x = dictionary;\n",
  ],
  [
    'lib/core/engine/violation.ts',
    "import dictionary from 'dictionary-lv';\nexport const x = dictionary;\n",
  ],
  [
    'cli/violation.ts',
    "import { getDatabase } from '../lib/data/database';\nexport const x = getDatabase;\n",
  ],
];

describe('runtime lint zones', () => {
  it.each(violations)('rejects a forbidden import in %s', async (file, code) => {
    expect((await messagesFor(code, file)).join('\n')).toContain('laipni/zones');
  });

  it('covers every zone with a violation', () => {
    const covered = new Set(
      violations.map(([file]) => ZONES.find((z) => z.files.some((p) => file.startsWith(p)))?.name),
    );
    expect([...covered].sort()).toEqual(ZONES.map((z) => z.name).sort());
  });

  it('rejects DOM globals in the pure core', async () => {
    const found = await messagesFor('export const t = document.title;\n', 'lib/core/engine/x.ts');
    expect(found.join('\n')).toContain('no-restricted-globals');
  });

  it('allows what each runtime needs', async () => {
    const allowed: Array<[string, string]> = [
      ['lib/data/ok.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
      [
        'components/options/ok.ts',
        "import { getDatabase } from '../../lib/data/database';\nexport const x = getDatabase;\n",
      ],
      [
        'lib/content/page-engine/ok.ts',
        "import { envelope } from '../../protocol/envelope';\nexport const x = envelope;\n",
      ],
    ];
    for (const [file, code] of allowed) expect(await messagesFor(code, file)).toEqual([]);
  });
});
