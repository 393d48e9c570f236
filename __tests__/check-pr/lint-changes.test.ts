import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { lintChanges } from '../../src/adopters/lint-changes.js';
import { cli, tempFile } from '../support/cli.js';
import { validEntry } from '../support/entry.js';

const CORPUS_DIR = new URL('../../__fixtures__/corpus/adopters/', import.meta.url);
const CORPUS = readdirSync(CORPUS_DIR).filter((f) => /\.md$/i.test(f) && f !== 'MANIFEST.md');
const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** An alphabetical list with descriptions (and one slip, Delta before Charlie, that is not anyone's fault today). */
const sorted = lines(
  '# Adopters',
  '',
  '- [Acme](https://acme.example.com) - Ships rockets with it.',
  '- [Bravo](https://bravo.example.com) - Routes parcels with it.',
  '- [Delta](https://delta.example.com) - Flies planes with it.',
  '- [Charlie](https://charlie.example.com) - Runs a chocolate factory on it.',
  '- [Echo](https://echo.example.com) - Answers calls with it.',
  '- [Foxtrot](https://foxtrot.example.com) - Dances with it.',
);
const insertAfter = (source: string, anchor: string, line: string) =>
  source.replace(`${anchor}\n`, `${anchor}\n${line}\n`);
const after = (name: string) => sorted.split('\n').find((l) => l.startsWith(`- [${name}]`))!;

describe('lintChanges', () => {
  it('should pass a well-formed entry added in its alphabetical place', () => {
    const head = insertAfter(sorted, after('Echo'), '- [Echoes](https://echoes.example.com) - Repeats it.');
    expect(lintChanges(sorted, head)).toEqual([]);
  });

  it('should pass an entry without a description in a list whose entries have one', () => {
    expect(lintChanges(sorted, insertAfter(sorted, after('Acme'), '- [Acorn](https://acorn.example.com)'))).toEqual([]);
  });

  it('should not blame the change for slips the file already had', () => {
    const head = insertAfter(sorted, after('Bravo'), '- [Bravura](https://bravura.example.com) - Sings it.');
    expect(lintChanges(sorted, head)).toEqual([]);
  });

  it('should report an entry out of alphabetical order on its line, saying where it belongs', () => {
    const head = insertAfter(sorted, after('Acme'), '- [Zulu](https://zulu.example.com) - Ends the alphabet.');
    expect(lintChanges(sorted, head)).toEqual([
      { line: 4, rule: 'order', message: '"Zulu" is out of alphabetical order; it belongs after "Foxtrot"' },
    ]);
  });

  it.each([
    ['a missing link', '- Echoes - Repeats it.'],
    ['a broken link', '- [Echoes(https://echoes.example.com) - Repeats it.'],
    ['unbalanced emphasis', '- **[Echoes](https://echoes.example.com) - Repeats it.'],
    ['another separator', '- [Echoes](https://echoes.example.com): Repeats it.'],
  ])('should report an entry written unlike its neighbours (%s) as malformed', (_case, line) => {
    const problems = lintChanges(sorted, insertAfter(sorted, after('Echo'), line));
    expect(problems.map((p) => [p.line, p.rule])).toContainEqual([8, 'malformed']);
    expect(problems.find((p) => p.rule === 'malformed')!.message).toContain('write it like the entry on line 3');
  });

  it('should report a duplicate on the entry the change added, before or after the original', () => {
    const later = insertAfter(sorted, after('Foxtrot'), '- [Echo](https://echo.example.com) - Answers calls with it.');
    expect(lintChanges(sorted, later).filter((p) => p.rule === 'duplicate')).toEqual([
      { line: 9, rule: 'duplicate', message: '"Echo" is listed twice (first at line 7)' },
    ]);
    const earlier = insertAfter(sorted, after('Acme'), '- [ECHO](https://echo.example.com/) - Answers.');
    expect(lintChanges(sorted, earlier).filter((p) => p.rule === 'duplicate')).toEqual([
      { line: 4, rule: 'duplicate', message: '"ECHO" is already listed (line 8)' },
    ]);
  });

  it('should report a link without a scheme, matched by organization and not by line', () => {
    const base = insertAfter(sorted, after('Acme'), '- [Alpha](www.alpha.example.com) - Starts it.');
    const head = insertAfter(base, after('Echo'), '- [Echoes](echoes.example.com) - Repeats it.');
    expect(lintChanges(base, head)).toEqual([
      {
        line: 9,
        rule: 'link',
        message: 'the link "echoes.example.com" has no scheme (did you mean https://echoes.example.com?)',
      },
    ]);
  });

  it('should hold a new entry of a list kept in order of addition to the end of it', () => {
    const base = lines(
      '# Adopters',
      '',
      'Add your organization at the end of the list.',
      '',
      '- [Zed](https://zed.example.com)',
      '- [Acme](https://acme.example.com)',
    );
    expect(lintChanges(base, `${base}- [Moo](https://moo.example.com)\n`)).toEqual([]);
    const middle = base.replace('- [Acme]', '- [Moo](https://moo.example.com)\n- [Acme]');
    expect(lintChanges(base, middle)).toEqual([
      {
        line: 6,
        rule: 'order',
        message: '"Moo" is added in the middle of a list kept in the order entries were added; move it after "Acme"',
      },
    ]);
  });

  it('should judge a table row by its cell count', () => {
    const base = lines(
      '| Name | Site | Use |',
      '|---|---|---|',
      '| Acme | [link](https://acme.example.com) | Rockets |',
      '| Bravo | [link](https://bravo.example.com) | Parcels |',
    );
    expect(lintChanges(base, `${base}| Charlie | [link](https://charlie.example.com) | Sweets |\n`)).toEqual([]);
    const short = lintChanges(base, `${base}| Charlie | [link](https://charlie.example.com) |\n`);
    expect(short).toEqual([{ line: 5, rule: 'malformed', message: '"Charlie" has 2 cells, the header has 3' }]);
  });

  // The bot's own insertions are the reference for "the right place": the check must agree with them.
  it.each(CORPUS)('should pass the entry the bot itself inserts into %s', (name) => {
    const base = readFileSync(new URL(name, CORPUS_DIR), 'utf8');
    expect(lintChanges(base, base)).toEqual([]);
    // with a description in every other file, so both shapes of entry are covered
    const description = CORPUS.indexOf(name) % 2 ? 'Runs its platform on it in production.' : undefined;
    const inserted = insertAdopter(
      base,
      validEntry({ name: 'Mmm Probe Labs', url: 'https://mmm-probe.example.org', description }),
    );
    if (inserted.ok) expect(lintChanges(base, inserted.content)).toEqual([]);
  });
});

describe('adopters lint --baseline', () => {
  it('prints only the problems the change introduces, with exit 1', async () => {
    const head = insertAfter(sorted, after('Acme'), '- [Zulu](https://zulu.example.com) - Ends the alphabet.');
    const { dir } = tempFile('ADOPTERS.md', head);
    writeFileSync(join(dir, 'base.md'), sorted);
    const r = await cli(['lint', 'ADOPTERS.md', '--baseline', 'base.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('ADOPTERS.md:4: order: "Zulu" is out of alphabetical order; it belongs after "Foxtrot"\n');
    expect(r.stderr).toContain('1 problem introduced by the change');
  });

  it('exits 0 when the change adds nothing wrong, even if the file has slips', async () => {
    const { dir } = tempFile('ADOPTERS.md', sorted);
    writeFileSync(join(dir, 'base.md'), sorted);
    expect((await cli(['lint', 'ADOPTERS.md'], dir)).code).toBe(1);
    expect((await cli(['lint', 'ADOPTERS.md', '--baseline', 'base.md', '--json'], dir)).stdout).toBe(
      '{"ok":true,"problems":[]}\n',
    );
  });
});
