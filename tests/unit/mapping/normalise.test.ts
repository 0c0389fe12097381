import { describe, expect, it } from 'vitest';
import {
  exactNameKey,
  isBlankName,
  normaliseName,
  similarityTokens,
  stemWord,
} from '@/lib/mapping/normalise';

describe('normaliseName', () => {
  it.each([
    ['ACME, INC', 'acme'],
    ['Acme Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['O’Brien Legal L.L.C.', 'obrien legal'],
    ['Northwind Pty. Ltd.', 'northwind'],
    ['Northwind Pty Ltd', 'northwind'],
    ['Summit GmbH & Co. KG', 'summit'],
    ['Zoë Labs S.p.A.', 'zoe labs'],
    ['Peña Consulting S.A.', 'pena consulting'],
    ['Peña Consulting SA de CV', 'pena consulting'],
    ['Cedar A/S', 'cedar'],
    ['Łódź Logistics Sp. z o.o.', 'lodz logistics'],
    ['Škoda Design s.r.o.', 'skoda design'],
    ['Keystone Kft.', 'keystone'],
    ['The Harbor Clinic', 'harbor clinic'],
    ['Smith & Co.', 'smith'],
  ])('removes case, punctuation and the legal form: %s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('folds diacritics and letters that do not decompose', () => {
    expect(normaliseName('Müller Straße Dvořák')).toBe('muller strasse dvorak');
    expect(normaliseName('Søndergaard Ørsted Þórsson')).toBe('sondergaard orsted thorsson');
    expect(normaliseName('İstanbul Çelik Şahin A.Ş.')).toBe('istanbul celik sahin');
    expect(normaliseName('Nguyễn Trần')).toBe('nguyen tran');
  });

  it('reads "&", "+", "and", "und", "et" as the same word', () => {
    const expected = 'acme and sons';
    for (const name of ['Acme & Sons', 'Acme and Sons', 'ACME + SONS', 'Acme und Sons', 'Acme et Sons']) {
      expect(normaliseName(name)).toBe(expected);
    }
  });

  it('keeps non-Latin scripts readable and strips their legal forms', () => {
    expect(normaliseName('東京テック K.K.')).toBe('東京テック');
    expect(normaliseName('株式会社 山田')).toBe('山田');
    expect(normaliseName('山田株式会社')).toBe('山田');
    expect(normaliseName('北京科技有限公司')).toBe('北京科技');
    expect(normaliseName('ООО «Москва Софт»')).toBe('москва софт');
    expect(normaliseName('Київ Дата ТОВ')).toBe('київ дата');
    expect(normaliseName('ΕΛΛΗΝΙΚΉ Α.Ε.')).toBe(normaliseName('Ελληνική Α.Ε.'));
    // Kana voicing marks are part of the letter: ガ must not become カ.
    expect(normaliseName('ガス')).not.toBe(normaliseName('カス'));
    expect(normaliseName('שלום')).toBe('שלום');
  });

  it('never strips the first word, so a name that is only a legal form survives', () => {
    expect(normaliseName('Limited')).toBe('limited');
    expect(normaliseName('Company Inc')).toBe('company');
  });

  it('gives nothing to match for empty, whitespace-only or punctuation-only names', () => {
    for (const name of ['', '   ', '\t\n', '---', '...', undefined, null])
      expect(isBlankName(name)).toBe(true);
    expect(isBlankName('A')).toBe(false);
  });

  it('makes the exact key insensitive to spacing', () => {
    expect(exactNameKey('Net Works LLC')).toBe(exactNameKey('NetWorks'));
    expect(exactNameKey('Acme Dental')).not.toBe(exactNameKey('Acme Dental Labs'));
  });
});

describe('similarity tokens', () => {
  it('stems plural endings of Latin words only', () => {
    expect(stemWord('services')).toBe('service');
    expect(stemWord('technologies')).toBe('technology');
    expect(stemWord('business')).toBe('business');
    expect(stemWord('status')).toBe('status');
    expect(stemWord('gas')).toBe('gas');
    expect(stemWord('ソフツ')).toBe('ソフツ');
  });

  it('drops the conjunction and duplicates', () => {
    expect(similarityTokens('Acme & Sons and Sons')).toEqual(['acme', 'son']);
  });
});
