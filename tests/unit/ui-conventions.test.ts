import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/core/i18n/en';
import { lv } from '../../lib/core/i18n/lv';
import { SECTIONS } from '../../components/options/sections';
import { PANELS } from '../../components/sidebar/panels';

/**
 * Conventions of the UI tree, so adding a sidebar panel or an options section stays "a folder,
 * one registry line and a title": each registered one has its folder with an index.ts, a
 * component and its own stylesheet, imported by that component; every folder is registered;
 * titles exist in both languages; stylesheets live beside components, nowhere else.
 */

const PANELS_DIR = 'components/sidebar/panels';
const SECTIONS_DIR = 'components/options/sections';

/** The repository's files (tracked or new, not ignored) that exist in the work tree. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file !== '' && existsSync(file));
}

function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function components(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tsx'));
}

function checkFolder(dir: string, css: string): void {
  expect(existsSync(join(dir, 'index.ts')), `${dir}/index.ts`).toBe(true);
  expect(components(dir).length, `a component (.tsx) in ${dir}`).toBeGreaterThan(0);
  expect(existsSync(join(dir, css)), `${dir}/${css}`).toBe(true);
  const importers = components(dir).filter((name) =>
    readFileSync(join(dir, name), 'utf8').includes(`import './${css}';`),
  );
  expect(importers, `a component in ${dir} imports ./${css}`).not.toEqual([]);
}

function checkTitle(key: string): void {
  expect(Object.hasOwn(lv, key), `${key} in lv`).toBe(true);
  expect(Object.hasOwn(en, key), `${key} in en`).toBe(true);
}

describe('UI conventions', () => {
  it('every sidebar panel has its folder, index.ts, component, panel.css and a title in lv and en', () => {
    expect(PANELS.length).toBeGreaterThan(0);
    for (const panel of PANELS) {
      checkFolder(join(PANELS_DIR, panel.id), 'panel.css');
      checkTitle(panel.titleKey);
    }
    expect(new Set(PANELS.map((p) => p.id)).size).toBe(PANELS.length);
    expect(folders(PANELS_DIR)).toEqual(PANELS.map((p) => p.id).sort());
  });

  it('every options section has its folder, index.ts, component, section.css and a title in lv and en', () => {
    expect(SECTIONS.length).toBeGreaterThan(0);
    for (const section of SECTIONS) {
      checkFolder(join(SECTIONS_DIR, section.id), 'section.css');
      checkTitle(section.titleKey);
    }
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
    expect(folders(SECTIONS_DIR)).toEqual(SECTIONS.map((s) => s.id).sort());
  });

  it('keeps stylesheets beside components: no .css outside components/ (test fixtures and the demo page aside)', () => {
    const files = trackedFiles().filter((file) => file.endsWith('.css'));
    const outside = files.filter(
      (file) =>
        !['components/', 'tests/e2e/fixtures/', 'demo/'].some((dir) => file.startsWith(dir)),
    );
    expect(outside).toEqual([]);
  });

  it('every stylesheet under components/ is imported by a module (no orphan styles)', () => {
    const files = trackedFiles();
    const imported = new Set<string>();
    for (const module of files.filter((f) => /^(components|entrypoints)\/.*\.tsx?$/.test(f)))
      for (const match of readFileSync(module, 'utf8').matchAll(/^import '(\.[^']+\.css)';$/gm))
        imported.add(
          relative('.', resolve(dirname(module), match[1] ?? ''))
            .split(sep)
            .join('/'),
        );
    const orphans = files.filter(
      (file) => file.startsWith('components/') && file.endsWith('.css') && !imported.has(file),
    );
    expect(orphans).toEqual([]);
  });

  it('the shared tokens and base rules are imported once by each page entry', () => {
    for (const entry of ['entrypoints/sidebar/main.tsx', 'entrypoints/options/main.tsx']) {
      const source = readFileSync(entry, 'utf8');
      expect(source).toContain("import '../../components/shared/tokens.css';");
      expect(source).toContain("import '../../components/shared/base.css';");
    }
  });
});
