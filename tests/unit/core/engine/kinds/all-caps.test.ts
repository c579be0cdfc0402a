import { describe, expect, it } from 'vitest';
import { oneRule } from './one-rule';

const rule = oneRule({ kind: 'all-caps', minWords: 2, ignore: ['PVN'] });

describe('all-caps kind', () => {
  it.each([
    ['LŪDZU SAMAKSĀJIET TŪLĪT', ['LŪDZU SAMAKSĀJIET TŪLĪT']],
    ['Summa ar PVN ir 10 EUR.', []],
    ['Rēķins SIA LATVIJAS GĀZE vārdā.', []],
    ['Tas ir SVARĪGI.', []],
    ['LŪDZU, SAMAKSĀJIET', ['LŪDZU, SAMAKSĀJIET']],
    // Acronyms come in lists and pairs: separated by more than a space, they are no phrase.
    ['Pārrakstīt SMTP HELO/EHLO argumentus', []],
    ['Operators izmanto GPRS, EDGE, UMTS, HSDPA.', []],
    ['Datums formātā YYYY-MM-DD.', []],
    ['nederīgs EAP-TLS sertifikāts', []],
    ['Formāti: DER; PEM; PGP', []],
  ])('%s', (text, expected) => {
    expect(rule.flagged(text)).toEqual(expected);
  });
});
