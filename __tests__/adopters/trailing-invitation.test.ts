// A placeholder that invites the next adopter (`### Your site? email me`) is neither a name nor prose: it
// no longer weighs against a short run of adopters when the engine asks whether the run names them. The
// shape is a real file's the engine had never seen (a held-out set); the expected place and first line
// were keyed by hand before the engine ran on it.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

describe('headings per adopter ending in an invitation', () => {
  it('takes the run and adds the new heading above the invitation', () => {
    const source = lines(
      '## Who is using the plugin?',
      '',
      '### [http://netdisco.test](http://netdisco.test)',
      '- http://netdisco.test/commit/213352d',
      '',
      '### [pylyglot](https://github.com/omaciel/pylyglot)',
      '- https://github.com/omaciel/pylyglot/tree/master/static/js',
      '',
      '### [sql-explorer](https://github.com/epantry/sql-explorer)',
      '- https://github.com/epantry/sql-explorer/commit/34ae345',
      '',
      '### [http://bookclub.test/](http://bookclub.test/)',
      '- somewhere on that site',
      '',
      '### Your site? email me: my last name at gmail',
    );
    const result = inserted(source);
    expect(result.line).toBe(15);
    expect(result.entry.split('\n')[0]).toBe('### [Mango Metrics](https://mangometrics.example.com)');
    expect(result.content.split('\n').at(-2)).toBe('### Your site? email me: my last name at gmail');
  });
});
