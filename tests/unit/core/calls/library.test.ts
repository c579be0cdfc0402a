import { describe, expect, it } from 'vitest';
import { libraryGroups } from '../../../../lib/core/calls/library';
import { templateVariables } from '../../../../lib/core/calls/variables';
import { clockOf } from '../../../../lib/core/model/clock';
import { BUILTIN_PACK } from '../../../../lib/core/engine';
import type { LibraryPhrase } from '../../../../lib/core/model/pack';

const phrases: LibraryPhrase[] = [
  {
    id: 'close',
    situation: 'closing',
    text: 'Paldies par zvanu! Uz redzēšanos!',
    abbreviation: ';uzr',
  },
  {
    id: 'open',
    situation: 'opening',
    text: '{greeting}, {customerNameVocative}! Mans vārds ir {agentName}.',
    abbreviation: ';sv',
  },
  { id: 'sorry', situation: 'apology', text: 'Man ļoti žēl, atvainojos.' },
  { id: 'odd', situation: 'weird' as LibraryPhrase['situation'], text: 'Kaut kas cits' },
];

describe('phrase library', () => {
  it('groups by situation in call order and files unknown situations under other', () => {
    const groups = libraryGroups(phrases, {});
    expect(groups.map((g) => g.situation)).toEqual(['opening', 'apology', 'closing', 'other']);
  });

  it('fills the variables, «…» where one is missing', () => {
    const [opening] = libraryGroups(phrases, { greeting: 'Labdien', customerNameVocative: 'Jāni' });
    expect(opening?.phrases[0]).toEqual({
      id: 'open',
      text: 'Labdien, Jāni! Mans vārds ir ….',
      abbreviation: ';sv',
    });
  });

  it('searches without case or diacritics, in the text and the abbreviation', () => {
    const ids = (query: string) =>
      libraryGroups(phrases, {}, query).flatMap((g) => g.phrases.map((p) => p.id));
    expect(ids('ZEL')).toEqual(['sorry']);
    expect(ids('redzesanos')).toEqual(['close']);
    expect(ids(';sv')).toEqual(['open']);
    expect(ids('nekā tāda')).toEqual([]);
    expect(ids('')).toHaveLength(4);
  });

  it('covers every phrase of the built-in pack', () => {
    const count = libraryGroups(BUILTIN_PACK.phrases ?? [], {}).reduce(
      (sum, g) => sum + g.phrases.length,
      0,
    );
    expect(count).toBe(BUILTIN_PACK.phrases?.length);
  });
});

describe('template variables', () => {
  it('takes the agent from settings, the customer from the page, in the vocative', () => {
    expect(
      templateVariables({
        agentName: 'Anna',
        agentSurname: ' Ozola ',
        company: '',
        page: { customerName: 'Jānis Bērziņš', company: 'SIA Zaļā Enerģija' },
        time: '09:15',
      }),
    ).toEqual({
      agentName: 'Anna',
      agentSurname: 'Ozola',
      company: 'SIA Zaļā Enerģija',
      customerName: 'Jānis Bērziņš',
      customerNameVocative: 'Jāni Bērziņ',
      greeting: 'Labrīt',
    });
  });

  it('falls back to the running call’s customer and leaves blanks out', () => {
    const vars = templateVariables({
      agentName: '',
      agentSurname: '',
      company: '',
      page: {},
      callCustomerName: 'Ilze',
      time: '19:00',
    });
    expect(vars).toEqual({
      customerName: 'Ilze',
      customerNameVocative: 'Ilze',
      greeting: 'Labvakar',
    });
    expect(clockOf(new Date(2025, 0, 1, 7, 5))).toBe('07:05');
  });
});
