import { createLemmaExpander, type LemmaExpander } from '../../../../../lib/core/lemmas/expander';

/**
 * The Latvian Hunspell dictionary (dictionary-lv, LGPL-2.1) ships as its own files in the
 * extension (`wxt.config.ts` copies them with the licence). Only this page loads them, and only
 * when the agent asks for all forms of a word: this module is imported on demand, so neither
 * the page's first load nor any other part of the extension carries the expander.
 */
export const DICTIONARY_FOLDER = '/dictionary-lv/';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

let loading: Promise<LemmaExpander> | null = null;

/** The expander, loaded once per page; a failed load is tried again next time. */
export function loadLemmaExpander(): Promise<LemmaExpander> {
  loading ??= Promise.all([
    fetchText(`${DICTIONARY_FOLDER}index.aff`),
    fetchText(`${DICTIONARY_FOLDER}index.dic`),
  ])
    .then(([aff, dic]) => createLemmaExpander(aff, dic))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
