import { describe, expect, it } from 'vitest';
import type { EditResult, EntryEdited } from '../../src/adopters/edit-result.js';
import { updateAdopter } from '../../src/adopters/update-adopter.js';
import { validChanges } from '../support/entry.js';

function ok(result: EditResult): EntryEdited {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.reason}`);
  return result;
}

const PADDED = [
  '| Organization | Website                      | Use case        |',
  '| ------------ | ---------------------------- | --------------- |',
  '| Acme         | [link](https://acme.example) | Rockets.        |  ',
  '| Globex       | https://globex.example       |                 |',
  '',
].join('\n');

describe('updateAdopter', () => {
  describe('in a padded table', () => {
    it('rewrites the URL and nothing else of the row: padding, other cells and trailing spaces stay', () => {
      const r = ok(updateAdopter(PADDED, 'acme', validChanges({ url: 'https://acme.example.org/new' })));
      expect(r.content).toBe(
        PADDED.replace(
          '| Acme         | [link](https://acme.example) | Rockets.        |  ',
          '| Acme         | [link](https://acme.example.org/new) | Rockets.        |  ',
        ),
      );
      expect(r).toMatchObject({ line: 3, removed: 1, added: 1, moved: false, name: 'Acme' });
    });

    it('rewrites a bare URL as a bare URL, and fills an empty description cell', () => {
      const r = ok(
        updateAdopter(
          PADDED,
          'Globex',
          validChanges({ url: 'https://globex.example/a', description: 'Pipes | tubes.' }),
        ),
      );
      expect(r.content.split('\n')[3]).toBe(
        '| Globex       | https://globex.example/a       | Pipes \\| tubes.                |',
      );
    });

    it('escapes a new name for its cell', () => {
      const r = ok(updateAdopter(PADDED, 'Acme', validChanges({ name: 'Acme *Rockets* | Co' })));
      expect(r.content.split('\n')[2]).toBe(
        '| Acme \\*Rockets\\* \\| Co         | [link](https://acme.example) | Rockets.        |  ',
      );
    });
  });

  describe('in a list', () => {
    const LIST = '# Users\n\n- **[Acme](https://acme.example)** - Rockets.\n- [Globex](https://globex.example)\n';

    it('keeps the wrapper and the separator around a new name', () => {
      const r = ok(updateAdopter(LIST, 'ACME Inc.', validChanges({ name: 'AT&T *Labs* [EU]' })));
      expect(r.entry).toBe('- **[AT&T \\*Labs\\* \\[EU\\]](https://acme.example)** - Rockets.');
    });

    it('writes a first description after the separator the list uses', () => {
      const r = ok(updateAdopter(LIST, 'Globex', validChanges({ description: 'Pipelines.' })));
      expect(r.entry).toBe('- [Globex](https://globex.example) - Pipelines.');
    });

    it('makes what a description may hold literal: emphasis, strikethrough, pipes and brackets', () => {
      const r = ok(updateAdopter(LIST, 'Acme', validChanges({ description: 'Uses *it* in prod_env ~fast~ | [beta]' })));
      expect(r.entry).toBe(
        '- **[Acme](https://acme.example)** - Uses \\*it\\* in prod\\_env \\~fast\\~ \\| \\[beta\\]',
      );
    });

    it('refuses a rename to a name already listed, naming its line', () => {
      expect(updateAdopter(LIST, 'Acme', validChanges({ name: 'Globex GmbH' }))).toMatchObject({
        ok: false,
        code: 'duplicate',
        line: 4,
      });
    });

    it('accepts a rename that only changes how the same name is written', () => {
      expect(ok(updateAdopter(LIST, 'Acme', validChanges({ name: 'ACME' }))).entry).toBe(
        '- **[ACME](https://acme.example)** - Rockets.',
      );
    });

    it('refuses an update that changes nothing', () => {
      expect(
        updateAdopter(LIST, 'Acme', validChanges({ url: 'https://acme.example', description: 'Rockets.' })),
      ).toMatchObject({
        ok: false,
        code: 'nothing-to-change',
        reason: 'nothing to change: the entry already says this',
      });
    });

    it('says so when the list has no place for the value asked for', () => {
      expect(updateAdopter(LIST, 'Globex', validChanges({ logo: 'https://globex.example/logo.svg' }))).toMatchObject({
        ok: false,
        code: 'nothing-to-change',
        reason: 'nothing to change: this entry shows no logo, so the logo is not written',
      });
    });
  });

  describe('a rename in a list kept alphabetical', () => {
    const NUMBERED =
      '1. [Acme](https://a.example)\n2. [Globex](https://g.example)\n3. [Initech](https://i.example)\n4. [Umbrella](https://u.example)\n';

    it('moves the entry to its place, taking the number of the slot, and warns about the numbers below', () => {
      const r = ok(updateAdopter(NUMBERED, 'Umbrella', validChanges({ name: 'Hooli' })));
      expect(r.content).toBe(
        '1. [Acme](https://a.example)\n2. [Globex](https://g.example)\n3. [Hooli](https://u.example)\n3. [Initech](https://i.example)\n',
      );
      expect(r).toMatchObject({ line: 3, moved: true, removed: 1, added: 1 });
      expect(r.warnings).toEqual(['the list is numbered by hand: the entries after the moved one keep their numbers']);
    });

    it('keeps the entry where it is when its place does not change', () => {
      expect(ok(updateAdopter(NUMBERED, 'Globex', validChanges({ name: 'Globex Labs' })))).toMatchObject({
        moved: false,
        line: 2,
      });
    });

    it('moves with the blank line between entries of a loose list', () => {
      const loose = '**Acme** - A.\n\n**Globex** - G.\n\n**Initech** - I.\n\n**Umbrella** - U.\n';
      const r = ok(updateAdopter(loose, 'Acme', validChanges({ name: 'Zeta' })));
      expect(r.content).toBe('**Globex** - G.\n\n**Initech** - I.\n\n**Umbrella** - U.\n\n**Zeta** - A.\n');
    });
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = '# Users\r\n\r\n- [Acme](https://a.example) - Rockets.\r\n- [Globex](https://g.example) - Pipes.';
    const r = ok(updateAdopter(crlf, 'Globex', validChanges({ description: 'Pipelines.' })));
    expect(r.content).toBe(
      '# Users\r\n\r\n- [Acme](https://a.example) - Rockets.\r\n- [Globex](https://g.example) - Pipelines.',
    );
  });

  it('writes a new website inline where the name linked through a definition, and points at the definition left', () => {
    const refs =
      '**[Acme][1]**  \nRockets.\n\n**[Globex][2]**  \nPipes.\n\n[1]: https://a.example\n[2]: https://g.example\n';
    const r = ok(updateAdopter(refs, 'Acme', validChanges({ url: 'https://acme.example.org' })));
    expect(r.content).toBe(refs.replace('**[Acme][1]**', '**[Acme](https://acme.example.org)**'));
    expect(r.warnings).toEqual(['the link definition on line 7 is no longer used; a maintainer may delete it']);
  });

  it('rewrites a logo and the name in an <img> link as attribute values', () => {
    const logos = [
      '| Logo | Use |',
      '| --- | --- |',
      '| [<img src="https://a.example/a.png" alt="Acme" width="100">](https://a.example) | Rockets. |',
      '| [<img src="https://g.example/g.png" alt="Globex" width="100">](https://g.example) | Pipes. |',
      '',
    ].join('\n');
    const r = ok(
      updateAdopter(logos, 'Acme', validChanges({ name: 'Acme Rockets', logo: 'https://cdn.example/acme.svg' })),
    );
    expect(r.content.split('\n')[2]).toBe(
      '| [<img src="https://cdn.example/acme.svg" alt="Acme Rockets" width="100">](https://a.example) | Rockets. |',
    );
    // A name with quotes and an ampersand is written with character references, and read back through them.
    const quoted = ok(updateAdopter(logos, 'Acme', validChanges({ name: 'Acme "R&D"' })));
    expect(quoted.content.split('\n')[2]).toBe(
      '| [<img src="https://a.example/a.png" alt="Acme &quot;R&amp;D&quot;" width="100">](https://a.example) | Rockets. |',
    );
  });

  it('rewrites the description field of a heading entry', () => {
    const etcd =
      '# Adopters\n\n## Acme\n\n- *Application*: Config.\n- *Launched*: 2015\n\n## Globex\n\n- *Application*: Locks.\n- *Launched*: 2016\n';
    const r = ok(updateAdopter(etcd, 'Globex', validChanges({ description: 'Leader election.' })));
    expect(r.content).toBe(etcd.replace('Locks.', 'Leader election.'));
  });
});
