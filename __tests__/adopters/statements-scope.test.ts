// Which of a file's words speak for a list: a statement below it, past a picture, is about the picture
// (a README thanks its backers, then "supporters (in alphabetical order): …"). Keyed from a real README
// whose adopters table is in the order added.
import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

describe('words below a list, past a picture', () => {
  it('are about the picture, not the list: an unsorted list keeps its order of addition', () => {
    const readme = lines(
      '## Who uses it',
      '',
      '- [Zulu Corp](https://zulu.example.org)',
      '- [Bravo Inc](https://bravo.example.org)',
      '- [Yankee Ltd](https://yankee.example.org)',
      '- [Alpha AG](https://alpha.example.org)',
      '',
      'We also thank our backers',
      '',
      '<a href="https://backers.example.org"><img src="https://backers.example.org/wall.svg"></a>',
      '',
      'and our supporters (in alphabetical order): Ann, Bob, Cid.',
    );
    expect(inserted(readme, keyed('Mango Metrics', undefined)).line).toBe(7);
  });
});

describe('a picture that says something', () => {
  it('still speaks for the list above it: a sorted list kept in the order added takes the new name last', () => {
    const readme = lines(
      '## Who uses it',
      '',
      '- [Alpha AG](https://alpha.example.org)',
      '- [Bravo Inc](https://bravo.example.org)',
      '- [Delta Co](https://delta.example.org)',
      '- [Echo Ltd](https://echo.example.org)',
      '- [Zulu Corp](https://zulu.example.org)',
      '',
      '<p><img src="https://example.org/hand.svg"> Please add new names to the end of the list above.</p>',
    );
    expect(inserted(readme, keyed('Charlie Labs', undefined)).line).toBe(8);
  });
});

describe("a table's own cells", () => {
  // Hand-made keys: names sorted A to Z, and one adopter's use case holds the words of an order statement.
  const table = (header: string) =>
    lines(
      '# Adopters',
      '',
      header,
      '|---|---|',
      '| [Alpha AG](https://alpha.example.org) | Builds images |',
      '| [Bravo Inc](https://bravo.example.org) | We add every new region at the end of the rollout |',
      '| [Delta Co](https://delta.example.org) | Runs CI |',
      '| [Echo Ltd](https://echo.example.org) | Serves traffic |',
      '| [Zulu Corp](https://zulu.example.org) | Ships releases |',
    );

  it('are entries, not statements: a use case that says "add … at the end" leaves the A-to-Z order', () => {
    expect(inserted(table('| Organization | Use |'), keyed('Charlie Labs')).line).toBe(7);
  });

  it('still speak in the header row: "(in order of addition)" there keeps the table in the order added', () => {
    const file = table('| Organization (in order of addition) | Use |');
    expect(inserted(file, keyed('Charlie Labs')).line).toBe(10);
  });
});
