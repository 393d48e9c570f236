import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * Shapes from a sixth collection of real files the engine had never seen, written here in general form.
 * Each expected entry is the one a maintainer wrote in a hand-made key before the engine was run on it.
 */
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mangometrics.example.com',
  description: 'Runs it in production.',
});

function added(source: string, entry = mango) {
  const result = insertAdopter(source, entry, {});
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('a table row is written as most rows are, not only as its neighbour is', () => {
  it('pads to the delimiter row where most rows do, though the last row was typed unpadded', () => {
    const source = lines(
      '| Organization    | Contact             | Description of Usage |',
      '| --------------- | ------------------- | -------------------- |',
      '| Acme            | [@acme](https://github.com/acme) | Builds rockets with it |',
      '| Bravo           | @bravo              | Runs its shop on it  |',
      '| Charlie         | @charlie            | Hosts its games      |',
      '| Delta Air | @delta | Books its flights with it |',
    );
    expect(added(source).entry).toBe('| Mango Metrics   |                     | Runs it in production. |');
  });

  it('closes the row with a pipe as the header does, where the only row forgot it', () => {
    const source = lines(
      '| Organization | Contact | Description of Use |',
      '| ------------ | ------- | ------------------ |',
      '| [Acme](https://acme.example.com) | @acme | Builds rockets with it',
    );
    expect(added(source).entry).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | | Runs it in production. |',
    );
  });

  it('writes the mark the rows use for "no value" in a cell it has nothing for', () => {
    const source = lines(
      '| Organization | Contact | Description of Use |',
      '|--- |--- |--- |',
      '| [Acme](https://acme.example.com) | - | Builds rockets with it |',
      '| [Bravo](https://bravo.example.com) | [bravo](https://github.com/bravo) | Runs its shop on it |',
      '| [Charlie](https://charlie.example.com) | [chuck](https://github.com/chuck) | Hosts its games |',
    );
    expect(added(source).entry).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | - | Runs it in production. |',
    );
  });
});

describe('a bare address after the name and its separator is the website', () => {
  it('keeps the address where the entries show it, and the description after it', () => {
    const source = lines(
      '# Who uses it',
      '',
      '- Bravo University - https://bravo.example.edu/library (publications)',
      '',
      '- Zulu Jobs - https://zulu.example.com/jobs (jobs search)',
      '',
      '- Acme - https://acme.example.com/search (documents)',
    );
    const result = added(source);
    expect(result.entry).toBe('- Mango Metrics - https://mangometrics.example.com (Runs it in production.)');
    // The list is in the order entries came: the new one goes last, after a blank line as the others are.
    expect(result.content.endsWith(`- Acme - https://acme.example.com/search (documents)\n\n${result.entry}\n`)).toBe(
      true,
    );
  });
});

describe('a list written in HTML', () => {
  it('gets a new item in the shape of its items, anchor attributes and indentation included', () => {
    const source = lines(
      '## Who is using it?',
      '',
      '### Logistics',
      '<ul>',
      '    <li><a href="https://zulu.example.com/" rel="nofollow">Zulu Cargo</a></li>',
      '    <li><a href="https://acme.example.com/" rel="nofollow">Acme Freight</a></li>',
      '    <li><a href="https://bravo.example.com/" rel="nofollow">Bravo Express</a></li>',
      '</ul>',
    );
    const result = added(source);
    expect(result.entry).toBe(
      '    <li><a href="https://mangometrics.example.com" rel="nofollow">Mango Metrics</a></li>',
    );
    expect(result.content.split('\n')[7]).toBe(result.entry);
  });
});
