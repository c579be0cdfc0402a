import { siteKeyOf } from '../../../../lib/core/model/site';

/**
 * The site key for what a person typed: a full address («https://crm.example.lv/x») or a bare
 * host («crm.example.lv»). Returns '' when it is neither.
 */
export function siteKeyFromInput(input: string): string {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && text.includes('://')) return siteKeyOf(text);
  return siteKeyOf(`https://${text}`);
}
