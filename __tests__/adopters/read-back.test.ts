import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * Values that once read as something else once written: the insertion was refused as unsafe because the
 * new entry did not read back as one. Found by random names and descriptions on real files; the expected
 * entries are written by hand from each file's shape.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

function inserted(source: string, name: string, url: string, description?: string) {
  const result = insertAdopter(source, validEntry({ name, url, description }));
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

describe('a name that is also a label word', () => {
  const entries = [
    '**[Acme](https://www.acme.io)**',
    '',
    'Acme makes cloud operations resilient.',
    '',
    '**[Bravo](https://www.bravo.io)**',
    '',
    'Bravo runs trains.',
    '',
    '**[Zulu](https://www.zulu.io)**',
    '',
    'Zulu builds data infrastructure.',
  ];

  it('is an adopter when it is linked ("NB" is a company, not a nota bene)', () => {
    const result = inserted(
      lines('# Adopters', '', 'Listed in alphabetical order.', '', ...entries),
      'NB',
      'https://nb.example.com',
      'Runs it.',
    );
    expect(result.content).toContain(
      lines(
        'Bravo runs trains.',
        '',
        '**[NB](https://nb.example.com)**',
        '',
        'Runs it.',
        '',
        '**[Zulu](https://www.zulu.io)**',
      ),
    );
  });

  it('stays a remark when it is only emphasized', () => {
    const source = lines('# Adopters', '', '**NB:** this list is kept in alphabetical order.', '', ...entries);
    const result = inserted(source, 'Mango', 'https://mango.example.com', 'Runs it.');
    expect(result.content).toContain(lines('Bravo runs trains.', '', '**[Mango](https://mango.example.com)**'));
    expect(result.content.startsWith(lines('# Adopters', '', '**NB:** this list is kept in alphabetical order.'))).toBe(
      true,
    );
  });
});

describe('a plain name', () => {
  const source = lines(
    '# Adopters',
    '',
    'Listed in alphabetical order.',
    '',
    '## Adopters List',
    '',
    '### Bravo',
    '',
    '- **Links**:',
    '  - [Website](https://www.bravo.io)',
    '',
    '### Zulu',
    '',
    '- **Links**:',
    '  - [Website](https://www.zulu.io)',
  );

  it('of eight words heads its own section, first in the list', () => {
    const name = 'Agency for Digital Government & Public Services Of Norway';
    const result = inserted(source, name, 'https://agency.example.com');
    expect(result.content).toContain(
      lines(
        '## Adopters List',
        '',
        `### ${name}`,
        '',
        '- **Links**:',
        '  - [Website](https://agency.example.com)',
        '',
        '### Bravo',
      ),
    );
  });
  // A full stop after an abbreviation and a bang in one word are names, not sentences.
  it.each(['Acme Inc. Europe', 'A.P. Moller - Maersk', 'Ahoy!'])('like %s heads its own section', (name) => {
    const result = inserted(source, name, 'https://first.example.com');
    expect(result.content).toContain(lines('## Adopters List', '', `### ${name}`, '', '- **Links**:'));
  });
});

describe('one heading per adopter over its logo and story', () => {
  const source = lines(
    '## 1. Acme',
    '<img src="https://acme.example.com/logo.png" height="50" alt="Acme">',
    '',
    'Acme runs it in production.',
    '',
    '## 2. Bravo',
    '<img src="https://bravo.example.com/logo.png" height="50" alt="Bravo">',
    '',
    'Bravo runs it for caching.',
    '',
    '## 3. Charlie',
    '<img src="https://charlie.example.com/logo.png" height="50" alt="Charlie">',
    '',
    'Charlie keeps its sessions in it.',
  );

  it('takes an adopter that gives only its name as a heading of its own', () => {
    const result = insertAdopter(source, validEntry({ name: 'Mango Metrics' }));
    expect(result.ok && result.content).toBe(lines(source, '## 4. Mango Metrics'));
  });
});

describe('a story that opens with a link on the name', () => {
  const source = lines(
    '## Acme',
    '[Acme](https://acme.example.com) keeps its sessions in it.',
    '',
    '## Bravo',
    '[Bravo](https://bravo.example.com) runs it for caching.',
  );

  it('links the name whatever words follow it', () => {
    const result = inserted(source, 'Charlie', 'https://charlie.example.com', '&');
    expect(result.content).toBe(lines(source, '## Charlie', '[Charlie](https://charlie.example.com) &'));
  });
});

describe('a name with an ampersand in a wall of logos written in HTML', () => {
  const wall = lines(
    '<p align="center">',
    '<a href="https://acme.example.com"><img alt="Acme" src="logos/acme.png" height="40"></a>',
    '<a href="https://att.example.com"><img alt="AT&amp;T" src="logos/att.png" height="40"></a>',
    '<a href="https://zulu.example.com"><img alt="Zulu" src="logos/zulu.png" height="40"></a>',
    '</p>',
  );
  const withLogo = (name: string, url: string) =>
    insertAdopter(wall, validEntry({ name, url, logo: 'https://cdn.example.com/logo.png' }));

  it('reads a character reference as what it stands for: AT&T is listed already', () => {
    const result = withLogo('AT&T', 'https://www.att.example.net');
    expect(result).toMatchObject({ ok: false, code: 'duplicate' });
  });

  it('writes the ampersand of a new name as a reference, in the alt text', () => {
    const result = withLogo('R&D Labs', 'https://rd.example.com');
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toBe(
      '<a href="https://rd.example.com"><img alt="R&amp;D Labs" src="https://cdn.example.com/logo.png" height="40"></a>',
    );
  });
});
