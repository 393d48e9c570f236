import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { lintAdopters } from '../../src/adopters/lint.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * "In the wild" lists follow each name with the GitHub handles of people to ask (written by hand here in
 * the form of the Apache projects' lists): a contact, never a description.
 */
const source = [
  'Currently, **officially** using the project:',
  '',
  '1. [Acme](https://acme.example.com) [[@jane](https://github.com/jane)]',
  '1. [Bravo](https://bravo.example.com) [[@bob](https://github.com/bob), [@carol](https://github.com/carol)]',
  '1. [Delta](https://delta.example.com) [[@dan](https://github.com/dan)]',
  '1. [Kilo](https://kilo.example.com)',
  '1. [Lima](https://lima.example.com) [[@lee](https://github.com/lee) & [@lou](https://github.com/lou)]',
  '1. [Papa](https://papa.example.com) [[@pat](https://github.com/pat)]',
  '',
].join('\n');

function inserted(entry: Parameters<typeof validEntry>[0]) {
  const result = insertAdopter(source, validEntry(entry), {});
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

describe('handles after the name', () => {
  it('are not a place for the description, which is left out with a warning', () => {
    const result = inserted({ name: 'Mango', url: 'https://mango.example.com', description: 'Runs it in production.' });
    expect(result.inserted).toBe('1. [Mango](https://mango.example.com)\n');
    expect(result.warnings.join('\n')).toMatch(/carry no description/);
  });

  it('take the contact given, in the siblings’ form', () => {
    const result = inserted({ name: 'Mango', url: 'https://mango.example.com', contact: 'mango-dev' });
    expect(result.inserted).toBe(
      '1. [Mango](https://mango.example.com) [[@mango-dev](https://github.com/mango-dev)]\n',
    );
  });

  it('of several people are not copied into a new entry', () => {
    const result = inserted({ name: 'Charlie', url: 'https://charlie.example.com', contact: 'cy' });
    expect(result.inserted).toBe('1. [Charlie](https://charlie.example.com) [[@cy](https://github.com/cy)]\n');
    expect(result.content).not.toMatch(/Charlie.*@(?:bob|carol)/);
  });
});

describe('a contact column naming several people in some rows', () => {
  const table = [
    '| Organization | Contact | Description |',
    '| --- | --- | --- |',
    '| [Acme](https://acme.example.com) | [@jane](https://github.com/jane) | Builds with it. |',
    '| [Bravo](https://bravo.example.com) | [@bob](https://github.com/bob) | Ships with it. |',
    '| [Julius](https://julius.example.com) | [@jb](https://github.com/jb), [@gold](https://github.com/gold), [oss@julius.example.com](mailto:oss@julius.example.com) | Runs it. |',
    '',
  ].join('\n');

  it('gives a new row none of those people', () => {
    const result = insertAdopter(
      table,
      validEntry({ name: 'Zed', url: 'https://zed.example.com', description: 'Uses it.' }),
      {},
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.inserted).toBe('| [Zed](https://zed.example.com) | | Uses it. |\n');
  });

  it('gives a new row its own contact alone', () => {
    const result = insertAdopter(
      table,
      validEntry({ name: 'Zed', url: 'https://zed.example.com', contact: 'zed-dev' }),
      {},
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.inserted).toBe('| [Zed](https://zed.example.com) | [@zed-dev](https://github.com/zed-dev) | |\n');
  });
});

describe('a table whose only row names several people', () => {
  it('is copied with its contact cell emptied', () => {
    const table = [
      '| Organization | Contact | Environment | Description of Use |',
      '| --- | --- | --- | --- |',
      '| Lyft | @anna, @mike, @greg | Production | Streaming Platform |',
      '',
    ].join('\n');
    const result = insertAdopter(table, validEntry({ name: 'Zed', description: 'Uses it.' }), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.inserted).toBe('| Zed | | | Uses it. |\n');
  });
});

describe('lint', () => {
  it('does not call an entry that names several people malformed', () => {
    expect(lintAdopters(source).filter((p) => p.rule === 'malformed')).toEqual([]);
  });
});
