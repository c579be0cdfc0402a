import { sendMessage } from '../../protocol/transport/client';
import type { PageValues, SiteProfileView } from '../../protocol/page-messages';

const MAX_VALUE = 200;

/** Reads the site profile's variables (customer name, contact, …) from this document. */
export function readPageValues(doc: Document, profile: SiteProfileView): PageValues {
  const values: PageValues = {};
  for (const { variable, selector } of profile.variables) {
    let element: Element | null = null;
    try {
      element = doc.querySelector(selector);
    } catch {
      continue; // a broken selector in a profile reads nothing
    }
    const raw =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
        ? element.value
        : (element?.textContent ?? '');
    const value = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
    if (value) values[variable] = value;
  }
  return values;
}

/** Sends the page's values to the background when they change (a CRM shows another customer). */
export function createPageValuesReporter(doc: Document): (profile: SiteProfileView | null) => void {
  let last = '';
  return (profile) => {
    if (!profile) return;
    const values = readPageValues(doc, profile);
    const key = JSON.stringify(values);
    if (key === last) return;
    last = key;
    void sendMessage('page:values', { values }).catch(() => {
      last = '';
    });
  };
}
