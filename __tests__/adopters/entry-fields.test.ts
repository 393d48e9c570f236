import { describe, expect, it } from 'vitest';
import { entryFields, type EntryFields } from '../../src/adopters/entry-fields.js';
import { readAdoptersFile } from '../../src/adopters/verify-edit.js';

/** Each field as the text its span covers, with its context: what an update would rewrite. */
function spans(source: string, index = 0) {
  const file = readAdoptersFile(source);
  const fields: EntryFields = entryFields(file.doc, file.entries[index]!);
  const show = (s: { start: number; end: number; context: string }) => [source.slice(s.start, s.end), s.context];
  return {
    name: fields.name.map(show),
    url: fields.url.map(show),
    description: fields.description && show(fields.description),
    lead: fields.descriptionLead,
    logo: fields.logo.map(show),
    marker: fields.marker && show(fields.marker),
  };
}

describe('entryFields', () => {
  it('reads containerd’s bold-italic linked name and its separator', () => {
    expect(
      spans('**_[Acme](https://acme.example)_** - Runs it.\n\n**_[Globex](https://g.example)_** - Too.\n'),
    ).toEqual({
      name: [['Acme', 'link-text']],
      url: [['https://acme.example', 'link-destination']],
      description: ['Runs it.', 'inline-text'],
      lead: ' - ',
      logo: [],
      marker: undefined,
    });
  });

  it('reads a numbered item with an angle-bracketed destination, and its number', () => {
    const source = '1. [Acme](<https://acme.example/a b>)\n2. [Globex](https://g.example)\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'link-text']],
      url: [['https://acme.example/a b', 'link-destination']],
      description: ['', 'inline-text'],
      marker: ['1', 'list-number'],
    });
  });

  it('reads kubescape’s plain name with a trailing site link: the description stops before the link', () => {
    const source = '* Acme: scans its clusters [link](https://acme.example)\n* Globex: too [link](https://g.example)\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'inline-text']],
      url: [['https://acme.example', 'link-destination']],
      description: ['scans its clusters', 'inline-text'],
      lead: ': ',
    });
  });

  it('reads a table row: the name cell, a bare URL column, the description cell', () => {
    const source = '| Company | Website | Use |\n| --- | --- | --- |\n| **Acme** | https://acme.example |  |\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'table-cell']],
      url: [['https://acme.example', 'autolink']],
      description: ['', 'table-cell'],
      lead: '',
    });
  });

  it('reads an HTML anchor name (a cell: pipes must be escaped) and a logo in its own column', () => {
    const source =
      '| Name | Logo |\n| --- | --- |\n| <a href="https://acme.example">Acme</a> | ![Acme](https://acme.example/logo.png) |\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'table-cell']],
      url: [['https://acme.example', 'html-attribute']],
      logo: [['https://acme.example/logo.png', 'link-destination']],
    });
  });

  it('reads tinkerbell’s heading with a Description field and a nested Website link', () => {
    const source = [
      '## Adopters',
      '',
      '### Acme',
      '',
      '- **Description**: Provisions racks.',
      '- **Links**:',
      '  - [Website](https://acme.example)',
      '',
      '### Globex',
      '',
      '- **Description**: Boots servers.',
      '- **Links**:',
      '  - [Website](https://g.example)',
      '',
    ].join('\n');
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'inline-text']],
      url: [['https://acme.example', 'link-destination']],
      description: ['Provisions racks.', 'inline-text'],
    });
  });
});
