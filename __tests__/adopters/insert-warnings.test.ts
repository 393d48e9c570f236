import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';

const entry = validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com', description: 'Dashboards.' });

describe('insertAdopter tells the maintainer what it could not keep', () => {
  it.each([
    [
      'a hand-numbered list keeps the numbers below the new entry',
      '1. [Acme](https://a.example.com)\n2. [Beta](https://b.example.com)\n3. [Zeta](https://z.example.com)\n4. [Zulu](https://zu.example.com)\n',
      {},
      'the list is numbered by hand',
    ],
    [
      'a list without descriptions leaves the description out',
      '- [Acme](https://a.example.com)\n- [Beta](https://b.example.com)\n',
      {},
      'the description is not written',
    ],
    [
      'a file without sections ignores a section choice',
      '- [Acme](https://a.example.com) - Rockets.\n- [Beta](https://b.example.com) - Beans.\n',
      { section: 'Vendors' },
      'this file has no sections',
    ],
    ['a file with a title and no list starts one', '# Adopters\n\nNobody yet.\n', {}, 'a new list was started'],
    [
      'a table without a website column drops the website',
      '| Name | Use |\n|---|---|\n| Acme | x |\n',
      {},
      'the website is not written',
    ],
  ])('%s', (_what, source, options, warning) => {
    const result = insertAdopter(source, entry, options);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.join('\n')).toContain(warning);
  });

  it('says nothing when the entry fits the file as it is', () => {
    const result = insertAdopter(
      '- [Acme](https://a.example.com) - Rockets.\n- [Beta](https://b.example.com) - Beans.\n',
      entry,
    );
    expect(result.ok && result.warnings).toEqual([]);
  });
});
