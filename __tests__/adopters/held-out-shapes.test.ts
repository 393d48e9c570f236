import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

/**
 * Shapes the engine got wrong on a third collection of real files it had never seen, each written here by
 * hand in general form with the entry a maintainer of such a file would write (a hand-made key).
 */
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mango.example.com',
  description: 'Runs it in production.',
});

const added = (source: string, entry = mango) => inserted(source, entry).inserted;

describe('a new entry takes nothing that belongs to a neighbour', () => {
  it('leaves empty a column of links that read alike but point at each row’s own page', () => {
    const source = lines(
      '| Organization | Story |',
      '|---|---|',
      '| [Acme](https://acme.example.com) | [English](./stories/acme.md) |',
      '| [Bravo](https://bravo.example.com) | [English](./stories/bravo.md) |',
      '| [Delta](https://delta.example.com) | [English](./stories/delta.md) |',
      '| [Zulu](https://zulu.example.com) | [English](./stories/zulu.md) |',
    );
    expect(added(source, validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' }))).toBe(
      '| [Mango Metrics](https://mango.example.com) | |\n',
    );
  });

  it('does not write a description into a column that only holds links', () => {
    const source = lines(
      '|Company|Industry|Success Story|',
      '|---|---|---|',
      '|[Acme](https://acme.example.com)|Retail|[English](https://blog.example.org/acme)|',
      '|[Zulu](https://zulu.example.com)|Banking||',
      '|[Bravo](https://bravo.example.com)|Gaming|[Chinese](https://blog.example.org/bravo)|',
      '|[Delta](https://delta.example.com)|Retail||',
    );
    const result = insertAdopter(source, mango, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toBe('|[Mango Metrics](https://mango.example.com)|||');
    expect(result.warnings.join('\n')).toMatch(/carry no description/);
  });

  it('leaves the contact cell empty, without its `@`, when no contact is given', () => {
    const source = lines(
      'Organization | Contact | Description',
      '--- | --- | ---',
      '[Zulu](https://zulu.example.com) | @zulu | Routes traffic with it.',
      '[Acme](https://acme.example.com) | @acme | Balances its clusters.',
    );
    expect(added(source)).toBe('[Mango Metrics](https://mango.example.com) | | Runs it in production.\n');
  });

  it('keeps a double-dash separator whole', () => {
    const source = lines(
      '- [Zulu](https://zulu.example.com)',
      '- [Acme](https://acme.example.com)',
      '- [Bravo](https://bravo.example.com) -- Builds dashboards with it.',
      '- [Delta](https://delta.example.com)',
    );
    expect(added(source)).toBe('- [Mango Metrics](https://mango.example.com) -- Runs it in production.\n');
  });

  it('copies a well-formed link, not a neighbour whose link broke (`[Name] (url)`)', () => {
    const source = lines(
      '* [Acme](https://acme.example.com):',
      '  Filters comments with it.',
      '* [Bravo] (https://bravo.example.com):',
      '  Filters polls with it.',
    );
    expect(added(source)).toBe('* [Mango Metrics](https://mango.example.com):\n  Runs it in production.\n');
  });

  it('writes no description where only a stray entry or two of many has one', () => {
    // Two of 48 in the file this comes from; one of 25 here (under one in twenty).
    const names = ['Acme', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet'];
    const late = ['Lima', 'Nadir', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor'];
    const source = lines(
      ...names.map((n) => `* ${n}`),
      '* Kilo - project ',
      ...late.map((n) => `* ${n}`),
      '* Whiskey',
      '* Xray',
      '* Yankee',
      '* Zulu',
    );
    const result = insertAdopter(source, mango, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toBe('* Mango Metrics');
    expect(result.warnings.join('\n')).toMatch(/carry no description/);
  });
  it('does not copy a trailing space only the nearest sibling has', () => {
    const source = lines(
      '- [Acme](https://acme.example.com) Builds rockets with it.',
      '- [Kilo](https://kilo.example.com) Ships parcels with it. ',
      '- [Zulu](https://zulu.example.com) Routes traffic with it.',
    );
    expect(added(source)).toBe('- [Mango Metrics](https://mango.example.com) Runs it in production.\n');
  });

  it('writes the description on its labelled line where each heading has `Label: value` lines in one paragraph', () => {
    const source = lines(
      '#### [Acme](https://acme.example.com)',
      'Status: Production  ',
      'Country: Chile  ',
      'Usage: Builds rockets with it.',
      '',
      '#### [Zulu](https://zulu.example.com)',
      'Status: Internal  ',
      'Country: Peru  ',
      'Usage: Routes traffic with it.',
      '',
      '#### [Bravo](https://bravo.example.com)',
      'Status: Production  ',
      'Country: Spain  ',
      'Usage: Ships parcels with it.',
    );
    expect(added(source)).toBe('\n#### [Mango Metrics](https://mango.example.com)\nUsage: Runs it in production.\n');
  });
  it('shows the new name in a site column whose links show each row’s name', () => {
    const source = lines(
      '| Organization | Status | More Information |',
      '| --- | --- | --- |',
      '| Acme | end user | [Acme](https://acme.example.com) |',
      '| Bravo | vendor | [How Bravo uses it](https://blog.example.org/bravo) |',
      '| Zulu | end user | [Zulu](https://zulu.example.com) |',
      '| Delta | end user | [Delta](https://delta.example.com) |',
    );
    const result = insertAdopter(source, validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' }), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toMatch(/\| \[Mango Metrics\]\(https:\/\/mango\.example\.com\) \|$/);
  });
});
