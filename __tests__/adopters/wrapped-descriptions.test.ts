// Descriptions written inside emphasis and quotes, and a catch-all that says how to join it. Keyed by hand
// from real READMEs before the engine ran on them; the entries here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { isCatchAll } from '../../src/adopters/entry-traits.js';
import { inserted, keyed, lines } from '../support/held-out.js';

describe('a description in emphasis and quotes', () => {
  const readme = lines(
    '# Alpha',
    '',
    '## Projects that use this library',
    '',
    '- [Bravo](https://github.com/owner/bravo) - *"... a graphical tool to create and simulate automata."*',
    '',
    '- [Charlie](https://github.com/owner/charlie) - *"A library with the tools to work with path graphs."*',
    '',
    'If you use the library in your project, send me a message.',
  );

  it('keeps the emphasis and the quotes around the new words', () => {
    const result = inserted(readme);
    expect(result.line).toBe(9);
    expect(result.entry).toBe(
      '- [Mango Metrics](https://mangometrics.example.com) - *"Runs it in production for internal services."*',
    );
  });

  it('wraps words that repeat a listed description as that one is wrapped', () => {
    const result = inserted(readme, keyed('Delta', 'A library with the tools to work with path graphs.'));
    expect(result.entry).toContain('*"A library with the tools to work with path graphs."*');
  });

  it('leaves quotes that do not wrap the whole description alone', () => {
    const file = lines(
      '# Users',
      '',
      '- [Bravo](https://bravo.example.org) - "Fast" and "cheap" builds',
      '- [Charlie](https://charlie.example.org) - Runs "nightly" jobs',
    );
    expect(inserted(file).entry).toBe(
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it in production for internal services.',
    );
  });
});

describe('a catch-all followed by how to join it', () => {
  it.each([
    'And many more! Please ping @owner to add you here.',
    'and many others. Open a pull request to join them',
    'And many more',
  ])('%j is a catch-all', (text) => expect(isCatchAll(text)).toBe(true));

  it.each(['Morelia Systems', 'Others Ltd.', 'More Cloud'])('%j is a name', (text) =>
    expect(isCatchAll(text)).toBe(false),
  );

  it('keeps the catch-all last', () => {
    const readme = lines(
      '# Alpha',
      '',
      '## Who is using it?',
      '',
      '* [Bravo](https://bravo.example.org/blog/post)',
      '* [Charlie](https://twitter.com/charlie/status/1)',
      '* [Delta](https://delta.example.org)',
      '* And many more! Please ping @owner to add you here.',
      '',
      '## Troubleshooting',
    );
    expect(inserted(readme, keyed('Mango Metrics', undefined)).line).toBe(8);
  });
});
