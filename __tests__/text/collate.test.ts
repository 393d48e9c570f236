import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/text/collate.js';

// The independent source: ICU's collator, which compareText must agree with on every pair.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const sign = (n: number) => Math.sign(n);

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/** A deterministic generator, so a failure names the same pair on every run. */
function* randomPairs(alphabet: string[], count: number): Generator<[string, string]> {
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const word = () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  for (let i = 0; i < count; i++) yield [word(), word()];
}

describe('compareText', () => {
  it('orders every pair of printable ASCII characters as the collator does', () => {
    for (const a of PRINTABLE)
      for (const b of PRINTABLE) expect([a, b, sign(compareText(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
  });

  it('agrees with the collator on random names of printable ASCII, prefixes included', () => {
    for (const [a, b] of randomPairs(PRINTABLE, 200_000)) {
      if (sign(compareText(a, b)) !== sign(collator.compare(a, b)))
        expect([a, b, compareText(a, b)]).toEqual([a, b, collator.compare(a, b)]);
      if (sign(compareText(a, a + b)) !== sign(collator.compare(a, a + b))) expect([a, a + b]).toBe('in order');
    }
  });

  it('reads an accented Latin letter as its letter, as the collator does at base strength', () => {
    const accented = Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)).filter((char) =>
      /^[\x20-\x7e]+$/.test(char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
    );
    expect(accented.length).toBeGreaterThan(200);
    for (const [a, b] of randomPairs([...accented, ...PRINTABLE], 50_000))
      if (sign(compareText(a, b)) !== sign(collator.compare(a, b)))
        expect([a, b, compareText(a, b)]).toEqual([a, b, collator.compare(a, b)]);
  });

  it('leaves other characters to the collator: accents and case are ignored, control characters too', () => {
    const mixed = [
      ...'aAeé',
      'e\u0301',
      'Ænix',
      'AEnix',
      'ß',
      'ss',
      '\t',
      '\u0000',
      'Zürich',
      'zurich',
      '北京',
      '東京',
      'Ωmega',
    ];
    for (const [a, b] of randomPairs(mixed, 20_000)) expect(sign(compareText(a, b))).toBe(sign(collator.compare(a, b)));
    expect(compareText('Cafe', 'café')).toBe(0);
    expect(compareText('acme', 'ACME')).toBe(0);
  });
});
