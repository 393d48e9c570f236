import { describe, expect, it } from 'vitest';
import {
  confusableKey,
  findSpoofingLabel,
  hostnamesLookAlike,
  looksLike,
  skeleton,
} from '../../src/submission/confusables.js';
import { ASCII_CONFUSABLES } from '../../src/submission/confusables-table.js';

describe('looksLike', () => {
  it.each([
    ['Gооgle', 'Google', 'Cyrillic о'],
    ['Ｇoogle', 'Google', 'fullwidth G (NFKC)'],
    ['𝐆oogle', 'Google', 'mathematical bold G (NFKC)'],
    ['Gοogle', 'Google', 'Greek omicron'],
    ['Аcme', 'Acme', 'Cyrillic А'],
    ['G00gle', 'Google', 'digit zero'],
    ['lBM', 'IBM', 'lower-case L for capital i'],
    ['Goo\u200Bgle', 'Google', 'zero-width space'],
    ['Ꭺcme', 'Acme', 'Cherokee A'],
    ['google', 'Google', 'case only'],
  ])('should find %s like %s (%s)', (a, b) => {
    expect(looksLike(a, b)).toBe(true);
  });

  it.each([
    ['Google', 'Googles'],
    ['Google', 'Google'],
    ['Acme', 'Acne'],
    ['Pôle Emploi', 'Pole Emploi'],
    ['Яндекс', 'Yandex'],
  ])('should not find %s like %s', (a, b) => {
    expect(looksLike(a, b)).toBe(false);
  });

  it('should compute the UTS #39 skeleton, case kept', () => {
    expect(skeleton('Gооgle')).toBe('Google');
    expect(skeleton('IBM')).toBe('lBM');
    expect(confusableKey('GOOGLE')).toBe(confusableKey('google'));
  });

  it('should keep its table free of entries NFKC already folds, and ASCII on the prototype side', () => {
    for (const [prototype, sources] of ASCII_CONFUSABLES) {
      expect(prototype).toMatch(/^[\x20-\x7e]+$/);
      for (const source of sources) expect(source.normalize('NFKC')).toBe(source);
    }
  });
});

describe('hostnamesLookAlike', () => {
  it('should show punycode as Unicode before comparing', () => {
    expect(hostnamesLookAlike('xn--ggle-55da.com', 'google.com')).toBe(true);
    expect(hostnamesLookAlike('XN--GGLE-55DA.COM.', 'google.com')).toBe(true);
  });

  it('should not flag one hostname or unrelated ones', () => {
    expect(hostnamesLookAlike('google.com', 'GOOGLE.com')).toBe(false);
    expect(hostnamesLookAlike('google.com', 'googles.com')).toBe(false);
  });
});

describe('findSpoofingLabel', () => {
  it('should find Latin mixed with a look-alike script in one label', () => {
    expect(findSpoofingLabel('xn--ggle-55da.com')).toEqual({
      kind: 'mixed',
      label: 'gооgle',
      scripts: ['Latin', 'Cyrillic'],
    });
  });

  it('should find a label written wholly in look-alike letters', () => {
    expect(findSpoofingLabel('аррӏе.com')).toMatchObject({ kind: 'whole-script', script: 'Cyrillic' });
  });

  it('should let real IDNs and ASCII through', () => {
    expect(findSpoofingLabel('президент.рф')).toBeUndefined();
    expect(findSpoofingLabel('münchen.de')).toBeUndefined();
    expect(findSpoofingLabel('東京tokyo.jp')).toBeUndefined();
    expect(findSpoofingLabel('acme.com')).toBeUndefined();
  });
});

describe('confusableKey on printable ASCII', () => {
  // The key's ASCII path reads a table; the definition is skeleton, lower case, skeleton.
  const byDefinition = (text: string) => skeleton(skeleton(text).toLowerCase());
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

  it('is the definition for every pair of printable ASCII characters', () => {
    for (const a of printable) for (const b of printable) expect(confusableKey(a + b)).toBe(byDefinition(a + b));
  });

  it('is the definition for names and host names', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const names = ['Microsoft', 'rnicrosoft.com', 'I1l|', 'Acme, Inc.', 'O0o', ''];
    for (let n = 0; n < 5000; n++)
      names.push(Array.from({ length: 1 + (next() % 24) }, () => printable[next() % printable.length]).join(''));
    for (const name of names) expect(confusableKey(name)).toBe(byDefinition(name));
  });
});
