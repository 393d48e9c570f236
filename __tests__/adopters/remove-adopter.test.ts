import { describe, expect, it } from 'vitest';
import type { EditResult, EntryEdited } from '../../src/adopters/edit-result.js';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';
import { validEntry } from '../support/entry.js';

function ok(result: EditResult): EntryEdited {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.reason}`);
  return result;
}

const LOOSE =
  '# Adopters\n\n**Acme** - Rockets.\n\n**Globex** - Pipes.\n\n**Initech** - Reports.\n\n## Adding yours\n\nOpen an issue.\n';

describe('removeAdopter', () => {
  it('takes out an entry and the blank line after it', () => {
    const r = ok(removeAdopter(LOOSE, 'globex'));
    expect(r.content).toBe(
      '# Adopters\n\n**Acme** - Rockets.\n\n**Initech** - Reports.\n\n## Adding yours\n\nOpen an issue.\n',
    );
    expect(r).toMatchObject({ line: 5, removed: 2, added: 0, entry: null, moved: false, name: 'Globex', warnings: [] });
    expect(r.previous).toBe('**Globex** - Pipes.');
  });

  it('takes out the last entry with the blank line before it, so the next section keeps its gap', () => {
    const r = ok(removeAdopter(LOOSE, 'Initech'));
    expect(r.content).toBe(
      '# Adopters\n\n**Acme** - Rockets.\n\n**Globex** - Pipes.\n\n## Adding yours\n\nOpen an issue.\n',
    );
  });

  it('keeps a table header when the last row goes', () => {
    const table = '# Users\n\n| Name | Use |\n| --- | --- |\n| [Acme](https://a.example) | Rockets. |\n\nThanks.\n';
    expect(ok(removeAdopter(table, 'Acme')).content).toBe('# Users\n\n| Name | Use |\n| --- | --- |\n\nThanks.\n');
  });

  it('keeps the heading of a section left empty, with one blank line under it', () => {
    const sections =
      '# Adopters\n\n## End users\n\n- [Acme](https://a.example)\n\n## Vendors\n\n- [Globex](https://g.example)\n- [Initech](https://i.example)\n';
    expect(ok(removeAdopter(sections, 'Acme')).content).toBe(
      '# Adopters\n\n## End users\n\n## Vendors\n\n- [Globex](https://g.example)\n- [Initech](https://i.example)\n',
    );
  });

  it('warns that a list numbered by hand keeps its numbers below the removed entry', () => {
    const numbered = '1. [Acme](https://a.example)\n2. [Globex](https://g.example)\n3. [Initech](https://i.example)\n';
    const r = ok(removeAdopter(numbered, 'Acme'));
    expect(r.content).toBe('2. [Globex](https://g.example)\n3. [Initech](https://i.example)\n');
    expect(r.warnings).toEqual(['the list is numbered by hand: the entries after the removed one keep their numbers']);
    expect(ok(removeAdopter(numbered, 'Initech')).warnings).toEqual([]);
  });

  it('keeps a file without a final newline without one, in CRLF', () => {
    const crlf = '- [Acme](https://a.example)\r\n- [Globex](https://g.example)';
    expect(ok(removeAdopter(crlf, 'Globex')).content).toBe('- [Acme](https://a.example)');
  });

  it('points at a reference definition nothing uses any more', () => {
    const refs =
      '**[Acme][1]**  \nRockets, see [our post][3].\n\n**[Globex][2]**  \nPipes.\n\n[1]: https://a.example\n[2]: https://g.example\n[3]: https://a.example/post\n';
    const r = ok(removeAdopter(refs, 'Acme'));
    expect(r.content).toBe(refs.replace('**[Acme][1]**  \nRockets, see [our post][3].\n\n', ''));
    expect(r.warnings).toEqual([
      'the link definition on line 4 is no longer used; a maintainer may delete it',
      'the link definition on line 6 is no longer used; a maintainer may delete it',
    ]);
  });

  it('names the closest listed names when nothing matches', () => {
    expect(removeAdopter(LOOSE, 'Initek')).toMatchObject({
      ok: false,
      code: 'not-found',
      reason:
        'no entry of this name is listed; the closest listed names are "Initech" (line 7), "Acme" (line 3), "Globex" (line 5)',
    });
  });

  it('refuses a name listed twice, naming the lines', () => {
    const twice = '- [Acme](https://a.example)\n- [Globex](https://g.example)\n- [ACME, Inc.](https://acme.example)\n';
    expect(removeAdopter(twice, 'acme')).toMatchObject({ ok: false, code: 'ambiguous', lines: [1, 3] });
  });

  it('never treats a catch-all as an organization', () => {
    const other = '**Acme** - Rockets.\n\n**Other Projects** - Many more.\n';
    expect(removeAdopter(other, 'Other Projects')).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('removing what add wrote gives the file back byte for byte', () => {
  const roundTrip = (source: string) => {
    const added = insertAdopter(
      source,
      validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com', description: 'Runs it.' }),
      {},
    );
    if (!added.ok) throw new Error(added.reason);
    return ok(removeAdopter(added.content, 'Mango Metrics')).content;
  };

  it('for the first list of a file, at its end', () => {
    const source = '# List of Adopters\n\nNone yet: open a pull request.\n';
    expect(roundTrip(source)).toBe(source);
  });

  it('for a loose list closed by two blank lines', () => {
    const source = [
      'Adopters in production (in alphabetical order):',
      '',
      '* [Acme](https://acme.example.com) builds rockets with it.',
      '',
      '* [Bravo](https://bravo.example.com) ships parcels with it.',
      '',
      '',
      'If you use it too, open a pull request.',
      '',
    ].join('\n');
    expect(roundTrip(source)).toBe(source);
  });

  it('for key/value blocks whose last one is followed by a line of spaces', () => {
    const source = [
      '# Users',
      '',
      '    * N: Acme',
      '      L: https://acme.example.com',
      '',
      '    * N: Bravo',
      '      L: https://bravo.example.com',
      '      ',
      'Announcements:',
      '',
    ].join('\n');
    expect(roundTrip(source)).toBe(source);
  });
});
