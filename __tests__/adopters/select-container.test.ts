import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/adopters/document.js';
import { findContainers } from '../../src/adopters/find-containers.js';
import { selectPlacement } from '../../src/adopters/select-container.js';

function place(source: string, section?: string) {
  const doc = parseDocument(source);
  const placement = selectPlacement(doc, findContainers(doc), { section });
  if (placement.kind !== 'container') return placement;
  return { kind: 'container', first: placement.container.entries[0]!.name, kind2: placement.container.kind };
}

const list = (names: string[]) => names.map((n) => `- [${n}](https://${n.toLowerCase()}.example.com)`).join('\n');

describe('choosing the list a new entry goes into', () => {
  it('takes the largest run of entries', () => {
    const source = `# Adopters\n\n## Vendors\n\n${list(['Acme', 'Bravo'])}\n\n## End users\n\n${list(['Delta', 'Echo', 'Fox'])}\n`;
    expect(place(source)).toMatchObject({ first: 'Delta' });
  });

  it('takes the section asked for', () => {
    const source = `# Adopters\n\n## Vendors\n\n${list(['Acme', 'Bravo'])}\n\n## End users\n\n${list(['Delta', 'Echo', 'Fox'])}\n`;
    expect(place(source, 'Vendors')).toMatchObject({ first: 'Acme' });
  });

  it('passes over the instructions above the list, however many lines they have', () => {
    const source = [
      '# Adopters',
      '',
      '## How to add your organization',
      '',
      '- **Organization**: your company',
      '- **Website**: its site',
      '- **Description**: how you use it',
      '- **Since**: the year',
      '',
      '## Adopters',
      '',
      '| Organization | Website |',
      '|---|---|',
      '| Acme | [acme.com](https://acme.com) |',
      '| Bravo | [bravo.com](https://bravo.com) |',
      '',
    ].join('\n');
    expect(place(source)).toMatchObject({ first: 'Acme', kind2: 'table' });
  });

  it('passes over a glossary of the types the table uses', () => {
    const source = [
      '| Type | Meaning |',
      '|---|---|',
      '| **End-user** | runs it |',
      '| **Vendor** | sells it |',
      '| **Integration** | works with it |',
      '',
      '| Organization | Type |',
      '|---|---|',
      '| Acme | End-user |',
      '| Bravo | Vendor |',
      '',
    ].join('\n');
    expect(place(source)).toMatchObject({ first: 'Acme' });
  });

  it('passes over the sub-list of a trailing catch-all', () => {
    const source = [
      '**_[Acme](https://acme.com)_** - Runs it.',
      '',
      '**_[Bravo](https://bravo.com)_** - Runs it too.',
      '',
      '**_Other Projects_** - Many projects build on it:',
      '',
      ' - [tool one](https://one.example.com)',
      ' - [tool two](https://two.example.com)',
      ' - [tool three](https://three.example.com)',
      '',
    ].join('\n');
    expect(place(source)).toMatchObject({ first: 'Acme', kind2: 'paragraphs' });
  });

  it('passes over a table of contents', () => {
    const source = `- [Adopters](#adopters)\n- [Adding](#adding)\n- [Logos](#logos)\n\n## Adopters\n\n${list(['Acme', 'Bravo'])}\n`;
    expect(place(source)).toMatchObject({ first: 'Acme' });
  });

  it('refuses rather than guess when every list is doubtful', () => {
    const source = '> - [Acme](https://acme.com)\n> - [Bravo](https://bravo.com)\n';
    expect(place(source)).toMatchObject({ kind: 'refuse', code: 'no-container' });
  });

  it('puts a first row in a table that has only its header', () => {
    const source = '# Adopters\n\n| Organization | Notes |\n| --- | --- |\n';
    expect(place(source)).toMatchObject({ kind: 'empty-table' });
  });

  it('keeps to the region between our markers', () => {
    const source = `${list(['Acme', 'Bravo', 'Charlie'])}\n\n<!-- adopters:start -->\n${list(['Delta'])}\n<!-- adopters:end -->\n`;
    expect(place(source)).toMatchObject({ first: 'Delta' });
  });

  it('refuses a file that says its list moved', () => {
    expect(place('# Adopters\n\nThis list has moved to [the website](https://example.org/adopters).\n')).toMatchObject({
      kind: 'refuse',
      code: 'moved',
    });
  });

  // A held-out stub (keyed by hand: refuse): its title, where the list is, and how to join it there.
  it.each([
    'The list of organisations who are using it can be found at <https://example.org/project/adopters/>.',
    'Our users are listed on [the website](https://example.org/users).',
  ])('refuses a file with no entries that says where its list is kept: %j', (sentence) => {
    const source = `# Adopters\n\n${sentence}\n\nTo join the adopters list, please follow [these instructions](https://example.org/contributing/).`;
    expect(place(source)).toMatchObject({ kind: 'refuse', code: 'moved' });
  });

  // Two real stubs in this shape (keyed by hand: refuse): the list lives in the file they link to.
  it.each([
    'Do you use it? Thanks!\n\nAdd your details to [ADOPTERS.md](https://github.com/owner/tool/blob/main/ADOPTERS.md)',
    'You can find the adopters file in our [community repo](https://github.com/owner/community/blob/main/ADOPTERS.md)\n',
    '# Users\n\nSee [who uses it](../docs/users.md).\n',
  ])('refuses a file with no entries that links to the adopters file: %j', (source) => {
    expect(place(source)).toMatchObject({ kind: 'refuse', code: 'moved' });
  });

  it('starts a list in a file with no entries whose links go to other pages', () => {
    expect(place('# Adopters\n\nTo add yours, read [CONTRIBUTING.md](CONTRIBUTING.md).\n')).toMatchObject({
      kind: 'new-list',
    });
  });
});
