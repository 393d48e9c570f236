import { describe, expect, it } from 'vitest';
import { entryFields } from '../../src/adopters/entry-fields.js';
import { readAdoptersFile } from '../../src/adopters/verify-edit.js';

/** Each field as the text its span covers, with its context: what an update would rewrite. */
function spans(source: string, index = 0) {
  const file = readAdoptersFile(source);
  const fields = entryFields(file.doc, file.entries[index]!);
  const show = (s: { start: number; end: number; context: string }) => [source.slice(s.start, s.end), s.context];
  return {
    name: fields.name.map(show),
    url: fields.url.map(show),
    urlText: fields.urlText.map(show),
    description: fields.description && show(fields.description),
    lead: fields.descriptionLead,
    logo: fields.logo.map(show),
    ordinal: fields.ordinal && show(fields.ordinal),
  };
}

describe('entryFields', () => {
  it('reads containerd’s bold-italic linked name and its separator', () => {
    expect(
      spans('**_[Acme](https://acme.example)_** - Runs it.\n\n**_[Globex](https://g.example)_** - Too.\n'),
    ).toEqual({
      name: [['Acme', 'link-text']],
      url: [['https://acme.example', 'destination']],
      urlText: [],
      description: ['Runs it.', 'text'],
      lead: ' - ',
      logo: [],
      ordinal: undefined,
    });
  });

  it('reads a numbered item with an angle-bracketed destination, and its number', () => {
    const source = '1. [Acme](<https://acme.example/a>)\n2. [Globex](https://g.example)\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'link-text']],
      url: [['https://acme.example/a', 'angle-destination']],
      description: undefined,
      ordinal: ['1', 'text'],
    });
  });

  it('reads a table row: the name cell, a bare URL column, an empty description cell', () => {
    const source = '| Company | Website | Use |\n| --- | --- | --- |\n| Acme | https://acme.example |  |\n';
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'text']],
      url: [['https://acme.example', 'bare-url']],
      description: ['', 'cell'],
    });
  });

  it('reads a logo that carries the name in its alt text', () => {
    const source = [
      '| Logo | Use |',
      '| --- | --- |',
      '| [<img src="https://a.example/a.png" alt="Acme" width="100">](https://a.example) | Rockets. |',
      '',
    ].join('\n');
    expect(spans(source)).toMatchObject({
      name: [['Acme', 'attribute-double']],
      url: [['https://a.example', 'destination']],
      logo: [['https://a.example/a.png', 'attribute-double']],
      description: ['Rockets.', 'cell'],
    });
  });

  it('reads a reference-style name: its website is the `][label]` an update turns into an inline link', () => {
    const source =
      '**[Acme][1]**  \nRockets.\n\n**[Globex][2]**  \nPipes.\n\n[1]: https://a.example\n[2]: https://g.example\n';
    expect(spans(source)).toMatchObject({
      url: [['][1]', 'reference-destination']],
      description: ['Rockets.', 'text'],
      lead: '  \n',
    });
  });
});
