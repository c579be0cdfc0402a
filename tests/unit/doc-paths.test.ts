import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md (and SECURITY.md, which names the test of each defence) names files and folders for a new engineer to open; one moved or deleted
 * leaves the document false. Each code span word that looks like a path must exist: one that
 * starts at a top-level entry of the repository as written, a shorter one (`tabs/relay.ts`,
 * `kinds/`) as the end of some path of the repository. A `<name>` placeholder is checked up to
 * the folder before it; words that only look like paths (`laipni-pack/1`) are left alone.
 */

const DOCS = ['ARCHITECTURE.md', 'SECURITY.md'];
const FILE = /\.(ts|tsx|mjs|js|json|md|css|html)$/;

/** The repository's files (tracked or new, not ignored) that exist, and their folders (`a/`). */
function repositoryPaths(): Set<string> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file !== '' && existsSync(file));
  const paths = new Set<string>();
  for (const file of files) {
    paths.add(file);
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) paths.add(`${parts.slice(0, i).join('/')}/`);
  }
  return paths;
}

/** The paths a Markdown text names in code spans that the repository does not have. */
function missingPaths(markdown: string, paths: ReadonlySet<string>): string[] {
  const topLevel = (word: string) => {
    const first = word.split('/')[0]!;
    return paths.has(first) || paths.has(`${first}/`);
  };
  const exists = (path: string) => paths.has(path) || paths.has(`${path}/`);
  const missing: string[] = [];
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const raw of span!.split(/[\s,;()]+/)) {
      if (raw.includes('://') || raw.includes('*')) continue;
      const placeholder = raw.search(/[^/]*</);
      const word = placeholder === -1 ? raw : raw.slice(0, placeholder);
      if (!word.includes('/') && !FILE.test(word)) continue;
      if (topLevel(word)) {
        if (!exists(word)) missing.push(word);
      } else if (FILE.test(word) || word.endsWith('/')) {
        if (![...paths].some((p) => p === word || p.endsWith(`/${word}`))) missing.push(word);
      }
    }
  }
  return missing;
}

describe.each(DOCS)('%s', (doc) => {
  it('names only paths that exist', () => {
    expect(missingPaths(readFileSync(doc, 'utf8'), repositoryPaths())).toEqual([]);
  });
});
