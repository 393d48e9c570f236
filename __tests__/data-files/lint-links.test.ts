import { describe, expect, it } from 'vitest';
import { extractFileLinks } from '../../src/adopters-file/links.js';
import { lintFile, lintFileChanges } from '../../src/adopters-file/lint.js';

const sorted = `# Keep alphabetical.
adopters:
  - name: Acme
    url: https://acme.io
    logo: logos/acme.png
  - name: Bolt
    url: www.bolt.io
  - name: Kite
    logo: https://cdn.example.com/kite.svg
  - name: Delta
    url: https://delta.io
  - name: ACME Inc.
    url: https://acme2.io
  - name: Zed
    url: https://zed.io
    reference: /blog/zed/
`;

describe('lintFile on a data file', () => {
  it('reports order slips, duplicates, missing keys and links without a scheme, each with its line', async () => {
    expect(await lintFile('adopters.yaml', sorted)).toEqual([
      { line: 6, rule: 'link', message: 'the link "www.bolt.io" has no scheme (did you mean https://www.bolt.io?)' },
      { line: 8, rule: 'missing-key', message: '"Kite" has no url' },
      // Kite sits after Bolt already: it belongs after Delta, the last name in order that sorts before it.
      { line: 8, rule: 'order', message: '"Kite" is out of alphabetical order (it belongs after "Delta")' },
      { line: 12, rule: 'duplicate', message: '"ACME Inc." is listed twice (first at line 3)' },
      { line: 12, rule: 'order', message: '"ACME Inc." is out of alphabetical order (it belongs after "Acme")' },
    ]);
  });

  it('reports a file that does not parse, and a missing final newline', async () => {
    expect(await lintFile('a.json', '[{"name": "A"}')).toMatchObject([{ line: 1, rule: 'malformed' }]);
    expect(await lintFile('a.yml', '- name: A\n  url: https://a.io')).toEqual([
      { line: 2, rule: 'final-newline', message: 'the file does not end with a newline' },
    ]);
  });

  it('reports only what a change adds', async () => {
    const slip = sorted.replace(
      '  - name: Zed\n',
      '  - name: Yak\n    url: https://yak.io\n  - name: Aaron\n    url: https://aaron.io\n  - name: Zed\n',
    );
    expect(await lintFileChanges('adopters.yaml', sorted, slip)).toEqual([
      { line: 16, rule: 'order', message: '"Aaron" is out of alphabetical order' },
    ]);
    const after = sorted.replace('  - name: Zed\n', '  - name: Bolt\n    url: https://bolt2.io\n  - name: Zed\n');
    expect(await lintFileChanges('adopters.yaml', sorted, after)).toEqual([
      { line: 14, rule: 'duplicate', message: '"Bolt" is listed twice (first at line 6)' },
    ]);
  });
});

describe('extractFileLinks on a data file', () => {
  it('gives every web address with its line and entry; site-relative paths are left to the website', async () => {
    expect((await extractFileLinks('adopters.yaml', sorted)).occurrences).toEqual([
      { url: 'https://acme.io', line: 4, entry: 'Acme', kind: 'literal' },
      { url: 'www.bolt.io', line: 7, entry: 'Bolt', kind: 'literal' },
      { url: 'https://cdn.example.com/kite.svg', line: 9, entry: 'Kite', kind: 'image' },
      { url: 'https://delta.io', line: 11, entry: 'Delta', kind: 'literal' },
      { url: 'https://acme2.io', line: 13, entry: 'ACME Inc.', kind: 'literal' },
      { url: 'https://zed.io', line: 15, entry: 'Zed', kind: 'literal' },
    ]);
    const json = '[\n  {"name": "A", "website": "https://a.io"}\n]\n';
    expect((await extractFileLinks('x.json', json)).occurrences).toEqual([
      { url: 'https://a.io', line: 2, entry: 'A', kind: 'literal' },
    ]);
  });
});
