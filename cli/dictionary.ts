import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createLemmaExpander, type LemmaExpander } from '../lib/core/lemmas/expander';
import { UsageError } from './command';

/**
 * The Latvian Hunspell dictionary (npm `dictionary-lv`, LGPL-2.1) is read from its own package
 * files at run time, never bundled into the command line, and loaded only by the commands that
 * expand lemmas (build, sign). `--dictionary DIR` or LAIPNI_DICTIONARY names another folder
 * with index.aff and index.dic.
 */
const PACKAGE = 'dictionary-lv';

export function dictionaryFolder(given: string | undefined): string {
  const folder = given ?? process.env.LAIPNI_DICTIONARY;
  if (folder) return folder;
  try {
    return dirname(createRequire(import.meta.url).resolve(PACKAGE));
  } catch {
    throw new UsageError(
      `the Latvian dictionary is not installed: run "npm install ${PACKAGE}" or give --dictionary DIR`,
    );
  }
}

export async function loadExpander(given: string | undefined): Promise<LemmaExpander> {
  const folder = dictionaryFolder(given);
  try {
    const [aff, dic] = await Promise.all([
      readFile(join(folder, 'index.aff'), 'utf8'),
      readFile(join(folder, 'index.dic'), 'utf8'),
    ]);
    return createLemmaExpander(aff, dic);
  } catch (error) {
    throw new UsageError(
      `cannot read the dictionary in ${folder}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
