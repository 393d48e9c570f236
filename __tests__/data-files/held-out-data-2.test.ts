// Data files of shapes met in real projects' sites (a Hugo theme's friends list under two pinned items, a
// showcase that keeps host names), keyed by hand before the engine ran on them; the items here are made
// up in their shapes.
import { describe, expect, it } from 'vitest';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import { validEntry } from '../support/entry.js';
import { at, read } from './support.js';

const friend = (nickname: string) =>
  `- nickname: ${nickname}\n  url: https://${encodeURIComponent(nickname.toLowerCase())}.example.org\n  description: ${nickname}'s blog\n`;

describe('a rule written between the items', () => {
  const file =
    '# Sticky author sites\n' +
    friend('Lruihao') +
    friend('FixIt') +
    '# -----------------------------------------------------------\n' +
    '# Add your site to the list in `nickname` lexicographical order\n' +
    '# -----------------------------------------------------------\n' +
    '\n' +
    [
      'Ayang',
      '毕少侠',
      'forDece',
      'hiifong',
      'mailcow',
      'Niku',
      'SHUFly',
      'TravisBikkle',
      'wlanxww',
      'XIDCN',
      '针草堂',
      '逐水寻源',
    ]
      .map(friend)
      .join('\n');

  const placed = (name: string) => {
    const result = insertDataEntry(file, 'yaml', validEntry({ name, url: 'https://new.example.com' }), {});
    if (!result.ok) throw new Error(result.reason);
    return at(read(result.content, 'yaml'), '')
      .map((i) => (i as Record<string, string>).nickname)
      .indexOf(name);
  };

  it('holds from the item below it: the pinned items above stay first', () => {
    // Keyed: after Lruihao and FixIt, "Aardvark" is the first of the sorted items; a Chinese name sorts
    // by its romanised spelling (毕少侠, "Bi"), and the key takes Zyzzyva before or after the last two.
    expect(placed('Aardvark Analytics')).toBe(2);
    expect(placed('Mango Metrics')).toBe(7);
    expect([12, 14]).toContain(placed('Zyzzyva Systems'));
  });
});

describe('a showcase that gives each site as its host name', () => {
  it('refuses a website it has no place for in that form, and names the key', () => {
    const file =
      '# Please keep it in alphabetical order, and write the domain name only, without http/https.\n\n' +
      ['Abdullahsams', 'Ara', 'Ardianta', 'Bayu']
        .map((n) => `- name: ${n}\n  domain: ${n.toLowerCase()}.example.id\n`)
        .join('\n');
    const result = insertDataEntry(file, 'yaml', validEntry({ name: 'Mango', url: 'https://m.example.com' }), {});
    expect(result).toMatchObject({ ok: false, code: 'no-template' });
    expect(!result.ok && result.reason).toContain('`domain`');
  });

  it('takes a site named by its domain for a name, not for a host-name key', () => {
    const file = ['ariya.io', 'bravo.dev', 'charlie.org']
      .map((n) => `- name: ${n}\n  note: A personal site.\n`)
      .join('');
    const result = insertDataEntry(file, 'yaml', validEntry({ name: 'delta.net', url: 'https://delta.net' }), {});
    expect(result.ok).toBe(true);
  });
});
