// Lists whose entries carry the date they were listed, and say nothing of their order: the dates show it.
// The class comes from a real "powered by" page (`* [Name](url), 2018-08-11` with the usage in a nested
// bullet, 26 entries dated newest first); the files here are made up, and each expected place is a
// maintainer's reading of the dates, written before the engine ran.
import { describe, expect, it } from 'vitest';
import { detectDateOrder, readDate } from '../../src/adopters/entry-dates.js';
import { lintChanges } from '../../src/adopters/lint-changes.js';
import type { Entry } from '../../src/adopters/model.js';
import { inserted, keyed, lines } from '../support/held-out.js';

describe('readDate', () => {
  it.each([
    ['2018-08-11', 20180811],
    ['2018/8/1', 20180801],
    ['2017.07', 20170700],
    ['August 11, 2018', 20180811],
    ['11 Aug 2018', 20180811],
    ['Mar. 2019', 20190300],
    ['Since 2014', 20140000],
    ['(2021)', 20210000],
    ['NYSE: WUBA, 2017-07-28', 20170728],
  ])('reads "%s"', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it.each(['Runs 2000 nodes', 'Studio 2020 Games', 'v1.2018.3', '2018-13-01', 'uses it for search'])(
    'finds no date in "%s"',
    (text) => {
      expect(readDate(text)).toBeUndefined();
    },
  );
});

describe('detectDateOrder', () => {
  // Entries stand in for themselves here: each is its date.
  const byDate = (...dates: (number | undefined)[]) =>
    detectDateOrder(
      dates.map((date) => ({ date }) as unknown as Entry),
      (e) => (e as unknown as { date?: number }).date,
    );

  it('needs nearly every entry dated and most neighbours one way', () => {
    expect(byDate(20200101, 20190101, 20180101, 20170101)).toMatchObject({ newestFirst: true });
    expect(byDate(20170101, 20180101, 20190101, 20200101)).toMatchObject({ newestFirst: false });
    expect(byDate(20200101, 20170101, 20190101, 20180101)).toBeUndefined();
    expect(byDate(20200101, 20190101, 20180101)).toBeUndefined();
    expect(byDate(20200101, 20190101, 20180101, 20170101, undefined, undefined)).toBeUndefined();
  });
});

const dated = lines(
  '# Powered by',
  '',
  '* [Zulu Corp](https://zulu.example.org), 2021-03-02',
  '    * Runs it for billing.',
  '* [Bravo Inc](https://bravo.example.org), 2020-11-19',
  '    * Runs it for search.',
  '* [Yankee Ltd](https://yankee.example.org), 2020-01-07',
  '    * Runs it for payroll.',
  '* [Alpha AG](https://alpha.example.org), 2019-06-30',
  '    * Runs it for mail.',
  '* [Mike Co](https://mike.example.org), 2019-02-14',
  '    * Runs it for reports.',
);

describe('a list kept by date', () => {
  it('puts a new entry first in a list dated newest first, and says why', () => {
    const result = inserted(dated, keyed('Mango Metrics', undefined));
    expect(result.line).toBe(3);
    expect(result.why.order).toBe('append, newest first (4 of 4 neighbouring entries are dated newest first)');
  });

  it('appends to a list dated oldest first, though its names happen to be A to Z', () => {
    const file = lines(
      '| Organization | Since |',
      '|---|---|',
      '| [Alpha AG](https://alpha.example.org) | 2016 |',
      '| [Bravo Inc](https://bravo.example.org) | 2018 |',
      '| [Mike Co](https://mike.example.org) | 2019 |',
      '| [Yankee Ltd](https://yankee.example.org) | 2021 |',
      '| [Zulu Corp](https://zulu.example.org) | 2023 |',
    );
    const result = inserted(file, keyed('Charlie Systems', undefined));
    expect(result.line).toBe(8);
    expect(result.order).toBe('append');
  });

  it('reads the date in a line of an entry’s own details, under its heading', () => {
    // A real "production users" page: six headings whose names happen to be mostly A to Z, each with a
    // `Launched` line, oldest first; the person adding the seventh appended it.
    const launched = ['Feb. 2014', 'May 2014', 'Jul. 2014', 'June 2015', 'August 2015', 'March 2016'];
    const file = lines(
      '# Production users',
      '',
      ...['Alpha', 'Delta', 'Oscar', 'Charlie', 'Romeo', 'Victor'].flatMap((name, i) => [
        `## ${name}`,
        '',
        `- *Application*: ${name} runs it.`,
        `- *Launched*: ${launched[i]}`,
        '',
      ]),
    );
    const result = inserted(file, keyed('Bravo', 'Runs it.'));
    expect(result.line).toBe(33);
    expect(result.why.order).toBe('append (5 of 5 neighbouring entries are dated oldest first)');
  });

  it('does not take the dates in a description’s links for the order', () => {
    const file = lines(
      '- [Alpha AG](https://alpha.example.org) - [Our story](https://blog.example.org/2023/01/05/story)',
      '- [Bravo Inc](https://bravo.example.org) - [Our story](https://blog.example.org/2022/01/05/story)',
      '- [Mike Co](https://mike.example.org) - [Our story](https://blog.example.org/2021/01/05/story)',
      '- [Yankee Ltd](https://yankee.example.org) - [Our story](https://blog.example.org/2020/01/05/story)',
      '- [Zulu Corp](https://zulu.example.org) - [Our story](https://blog.example.org/2019/01/05/story)',
    );
    expect(inserted(file, keyed('Charlie Systems', undefined)).line).toBe(3);
  });

  it('lets lint ask for a hand-made addition at the end of a list dated newest first to go first', () => {
    const head = `${dated}* [Mango Metrics](https://mango.example.com), 2022-01-10\n    * Runs it for alerts.\n`;
    expect(lintChanges(dated, head)).toMatchObject([
      {
        line: 13,
        rule: 'order',
        message: '"Mango Metrics" is added below older entries of a list kept newest first; move it before "Zulu Corp"',
      },
    ]);
  });
});
