import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import type { Pack } from '../../../lib/core/model/pack';
import { memoryIo } from './memory-io';

async function run(argv: string[], files: Record<string, string>) {
  const { io, out, err } = memoryIo(files);
  const code = await main(['test', ...argv], io);
  return { code, out: out(), err: err() };
}

/** One rule for every site, one for mail.acme.lv or pages of the «desk» site profile. */
const pack: Pack = {
  format: 'laipni-pack/1',
  id: 'team.sites',
  name: 'Vietnes',
  version: '1.0.0',
  author: 'Vadītāja',
  language: 'lv',
  rules: [
    {
      id: 'zilonis',
      severity: 'warning',
      match: { kind: 'phrase', phrases: ['zilonis'] },
      reason: { lv: 'Nē.', en: 'No.' },
      replacements: ['produkts'],
      examples: { match: ['Mums ir zilonis.'] },
    },
    {
      id: 'mail-cau',
      severity: 'warning',
      sites: { hosts: ['mail.acme.lv'], profiles: ['desk'] },
      match: { kind: 'phrase', phrases: ['čau'] },
      reason: { lv: 'Nē.', en: 'No.' },
      replacements: ['Labdien'],
      examples: { match: ['Čau!'] },
    },
  ],
};
const files = { 'sites.json': JSON.stringify(pack) };

describe('laipni test --site', () => {
  it('tests the pack as a page on HOST sees it, and says how many rules apply there', async () => {
    const mail = await run(['--site', 'mail.acme.lv', '--json', 'sites.json'], files);
    expect(mail.code).toBe(0);
    expect(JSON.parse(mail.out)).toMatchObject({
      ok: true,
      examples: 2,
      site: 'mail.acme.lv',
      rules: ['zilonis', 'mail-cau'],
    });
    const chat = await run(['--site', 'chat.acme.lv', '--json', 'sites.json'], files);
    expect(JSON.parse(chat.out)).toMatchObject({ examples: 1, rules: ['zilonis'] });
    const desk = await run(
      ['--site', 'crm.lv', '--profile', 'desk', '--json', 'sites.json'],
      files,
    );
    expect(JSON.parse(desk.out)).toMatchObject({ rules: ['zilonis', 'mail-cau'] });

    const text = await run(['--site', 'chat.acme.lv', 'sites.json'], files);
    expect(text.out).toContain('1 of 2 rules apply on chat.acme.lv');
    const lv = await run(['--site', 'chat.acme.lv', '--lang', 'lv', 'sites.json'], files);
    expect(lv.out).toContain('vietnē chat.acme.lv darbojas 1 no 2 noteikumiem');
  });

  it('refuses a site that is not a host name, and --profile without --site', async () => {
    const bad = await run(['--site', 'https://mail.acme.lv/', 'sites.json'], files);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--site takes a host name');
    const lone = await run(['--profile', 'desk', 'sites.json'], files);
    expect(lone.code).toBe(2);
    expect(lone.err).toContain('--profile needs --site');
  });
});
