import { describe, expect, it } from 'vitest';
import { findDuplicatesIn } from '../../src/adopters/duplicates.js';

const listed = (name: string, url?: string) => ({ name, url, catchAll: false });

describe('the same site', () => {
  const entries = [
    listed('Acme Rockets', 'https://WWW.Acme.COM/rockets'),
    listed('Bravo', 'https://github.com/Bravo-Org'),
    listed('Charlie', 'https://github.com/charlie'),
    listed('Delta', 'https://delta.co.uk'),
    listed('Echo', 'https://shop.delta.co.uk/echo'),
    listed('Foxtrot'),
  ];

  it('is found whatever the case of the host, its subdomain or its path', () => {
    const report = findDuplicatesIn(entries, 'Acme Labs', 'https://acme.com');
    expect(report.sameSite.map((e) => e.name)).toEqual(['Acme Rockets']);
    expect(findDuplicatesIn(entries, 'Golf', 'https://www.delta.co.uk/').sameSite.map((e) => e.name)).toEqual([
      'Delta',
      'Echo',
    ]);
  });

  it('on a shared host is the same first path segment, not the host', () => {
    expect(findDuplicatesIn(entries, 'Hotel', 'https://github.com/bravo-org/tool').sameSite.map((e) => e.name)).toEqual(
      ['Bravo'],
    );
    expect(findDuplicatesIn(entries, 'India', 'https://github.com/india').sameSite).toEqual([]);
  });

  it('is not claimed by an address that merely contains the domain elsewhere', () => {
    const report = findDuplicatesIn(
      [listed('Juliet', 'https://juliet.example.org/?ref=acme.com')],
      'Acme',
      'https://acme.com',
    );
    expect(report.sameSite).toEqual([]);
  });
});
