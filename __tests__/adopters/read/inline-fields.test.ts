import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/adopters/document.js';
import { findContainers } from '../../../src/adopters/find-containers.js';

/** The first entry of a one-item list, with the text each of its spans covers. */
function readItem(line: string) {
  const doc = parseDocument(`${line}\n- [Zulu](https://zulu.example.com)\n`);
  const entry = findContainers(doc)[0]!.entries[0]!;
  const spans = Object.fromEntries(entry.spans.map((s) => [s.field, doc.source.slice(s.start, s.end)]));
  return { name: entry.name, url: entry.url, description: entry.description, spans };
}

describe('reading the values an entry shows', () => {
  it.each([
    [
      'a linked name and a dash',
      '- [Acme](https://acme.com) - Runs it.',
      { name: 'Acme', url: 'https://acme.com', description: 'Runs it.' },
      { name: 'Acme', url: 'https://acme.com', description: 'Runs it.' },
    ],
    [
      'emphasis around the link',
      '- **_[Acme Corp](https://acme.com)_** - Runs it.',
      { name: 'Acme Corp', url: 'https://acme.com', description: 'Runs it.' },
      { name: 'Acme Corp', url: 'https://acme.com' },
    ],
    [
      'a bold name with a colon',
      '- **Acme:** Runs it.',
      { name: 'Acme', url: undefined, description: 'Runs it.' },
      { name: 'Acme', description: 'Runs it.' },
    ],
    [
      'an HTML anchor with attributes',
      '- <a href="https://acme.com" rel="nofollow">Acme</a>',
      { name: 'Acme', url: 'https://acme.com', description: undefined },
      { name: 'Acme', url: 'https://acme.com' },
    ],
    [
      'a site in parentheses after a plain name',
      '- Acme (https://acme.com): Runs it.',
      { name: 'Acme', url: 'https://acme.com', description: 'Runs it.' },
      { name: 'Acme', url: 'https://acme.com', description: 'Runs it.' },
    ],
    [
      'a description in parentheses',
      '- Acme (uses it for nightly builds)',
      { name: 'Acme', url: undefined, description: 'uses it for nightly builds' },
      { name: 'Acme', description: 'uses it for nightly builds' },
    ],
    [
      'a name that is its domain',
      '- [amazee.io](https://amazee.io) hosts sites on it.',
      { name: 'amazee.io', url: 'https://amazee.io', description: 'hosts sites on it.' },
      { name: 'amazee.io', url: 'https://amazee.io' },
    ],
    [
      'a plain name and a trailing site link',
      '- Acme: runs it [link](https://acme.com)',
      { name: 'Acme', url: 'https://acme.com', description: 'runs it' },
      { name: 'Acme', url: 'https://acme.com', description: 'runs it' },
    ],
    [
      'a logo that carries the name',
      '- [<img src="https://acme.com/l.png" alt="Acme">](https://acme.com)',
      { name: 'Acme', url: 'https://acme.com', description: undefined },
      { name: 'Acme', url: 'https://acme.com', logo: 'https://acme.com/l.png' },
    ],
    [
      'a short parenthesis that is part of the name',
      '- UWM (United Wholesale Mortgage)',
      { name: 'UWM (United Wholesale Mortgage)', url: undefined, description: undefined },
      { name: 'UWM (United Wholesale Mortgage)' },
    ],
  ])('reads %s', (_what, line, values, spans) => {
    const read = readItem(line);
    expect({ name: read.name, url: read.url, description: read.description }).toEqual(values);
    expect(read.spans).toMatchObject(spans);
  });

  it('reads a reference link as a name whose site is defined elsewhere', () => {
    const doc = parseDocument('- [Acme][1]\n- [Zulu][2]\n\n[1]: https://acme.com\n[2]: https://zulu.com\n');
    const [acme] = findContainers(doc)[0]!.entries;
    expect(acme).toMatchObject({ name: 'Acme', url: 'https://acme.com' });
  });
});
