import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../lib/core/engine';

/** Rules flag the agent's prose only: what is code, an address or a signature is left alone. */
const checker = createChecker();
const flagged = (text: string): string[] =>
  checker.check(text, { channel: 'email' }).map((f) => `${f.ruleId}: ${f.text}`);

describe('rules never fire on what is not prose', () => {
  it.each([
    ['a URL', 'Tarifi ir šeit: https://tu.lv/tev/nezinu.html'],
    ['an e-mail address', 'Adrese rēķiniem: tu.esi@nezinu.lv.'],
    ['a file name', 'Pievienoju failu tev_nezinu.pdf un tavs.docx.'],
    ['a path', 'Konfigurācija ir mapē /etc/tu/nezinu.'],
    ['a command option', 'Programmu palaiž ar --nezinu.'],
    ['acronym lists', 'Atbalstām GPRS, EDGE, UMTS un SMTP HELO/EHLO.'],
    ['a date format', 'Datums ir formātā YYYY-MM-DD.'],
    ['quoted customer text', 'Klients rakstīja: «Es nezinu, tu man neatbildi!»'],
    [
      'a signature after the sign-off',
      'Labdien!\n\nRēķins ir pievienots.\n\nAr cieņu,\nANNA BĒRZIŅA KLIENTU SERVISS\nTev vienmēr blakus',
    ],
  ])('%s', (_what, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('the same words in prose are still flagged', () => {
    expect(flagged('Es nezinu. Tev tas jāzina pašam.').map((f) => f.split(':')[0])).toEqual([
      'es-nezinu',
      'informal-tu-address',
    ]);
  });
});
