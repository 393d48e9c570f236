import { describe, expect, it } from 'vitest';
import { editDistance, findEntry, isNearMiss } from '../../src/adopters/find-entry.js';
import { readAdoptersFile } from '../../src/adopters/verify-edit.js';

const FILE =
  '- [Ænix](https://a.example)\n- [Zalando SE](https://z.example)\n- [T-Mobile](https://t.example)\n- [Pôle Emploi](https://p.example)\n';
const containers = readAdoptersFile(FILE).containers;

describe('findEntry', () => {
  it.each([
    ['aenix', 'Ænix'],
    ['Zalando', 'Zalando SE'],
    ['tmobile', 'T-Mobile'],
    ['POLE EMPLOI', 'Pôle Emploi'],
  ])('finds %s as "%s" (case, accents, punctuation, legal suffixes ignored)', (asked, listed) => {
    const found = findEntry(containers, asked);
    expect(found.ok && found.entry.name).toBe(listed);
  });

  it('names the three closest names, nearest first', () => {
    expect(findEntry(containers, 'Zalandoo')).toMatchObject({
      ok: false,
      code: 'not-found',
      closest: [
        { name: 'Zalando SE', line: 2 },
        { name: 'Ænix', line: 1 },
        { name: 'T-Mobile', line: 3 },
      ],
    });
  });
});

describe('editDistance', () => {
  it.each([
    ['globex', 'globex', 0],
    ['globex', 'glboex', 1],
    ['initech', 'initek', 2],
    ['', 'abc', 3],
    ['株式会社', '株式', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('isNearMiss', () => {
  it('takes a typo for the listed name, and a different organization for another', () => {
    expect(isNearMiss('Initek', 'Initech')).toBe(true);
    expect(isNearMiss('Massive Dynamic', 'Acme Corp')).toBe(false);
    expect(isNearMiss('Globex', 'Globex Labs')).toBe(false);
  });
});
