import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readFast } from '../../src/adopters/fast-parse/index.js';
import { placeUnplacedNodes } from '../../src/adopters/unplaced-nodes.js';
import { documents, plainDocuments } from '../support/markdown-arbitrary.js';

// remark is the judge: the fast reading must be the very tree remark-parse + remark-gfm build, positions
// included, or no reading at all (undefined: the caller parses the file whole). The nodes remark leaves
// without a position (literal autolinks micromark did not mark) are placed as the document places them.
const remark = unified().use(remarkParse).use(remarkGfm);
const judge = (source: string) => {
  const tree = remark.parse(source);
  placeUnplacedNodes(tree, source);
  return tree;
};

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const fixtures = fixtureFiles(join(import.meta.dirname, '../../__fixtures__'));

describe('readFast', () => {
  it.each(fixtures.map((file) => [file.slice(file.indexOf('__fixtures__')), file]))(
    'reads %s as remark does',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const fast = readFast(source);
      if (fast) expect(fast).toStrictEqual(judge(source));
    },
  );

  it('reads most fixtures without falling back to a whole-file parse', () => {
    const read = fixtures.filter((file) => readFast(readFileSync(file, 'utf8')) !== undefined);
    expect(read.length / fixtures.length).toBeGreaterThan(0.9);
  });

  it('reads a long plain list and a long table natively, as remark does', () => {
    const list = ['# Adopters', '', 'Kept in order.', ''];
    const table = ['| Organization | Use |', '|---|:-:|'];
    for (let i = 0; i < 300; i++) {
      list.push(`- [Company ${i}](https://c${i}.example.org) - Uses it for *service* \`${i}\`.`);
      table.push(`| **[Company ${i}](https://c${i}.example.org)** | Service ${i} |`);
    }
    for (const source of [list.join('\n') + '\n', table.join('\r\n')]) {
      const stats = { slices: 0 };
      expect(readFast(source, stats)).toStrictEqual(judge(source));
      expect(stats.slices).toBe(0);
    }
  });

  it('hands a block it does not read to remark and keeps the rest native', () => {
    const source =
      '# Users\n\n> A quote with [a ref][r].\n\n- [A](https://a.example)\n- B <b>bold</b>\n\n[r]: https://r.example\n';
    const stats = { slices: 0 };
    expect(readFast(source, stats)).toStrictEqual(judge(source));
    expect(stats.slices).toBe(3);
  });

  // Files on which an earlier version of the reader disagreed with remark (found by the fuzzer and the
  // corpus), with whether the reader is expected to read them or leave them to remark whole.
  it.each([
    [
      'a footnote definition before a link definition',
      'Used by [~50k][search]!\n\n[^1]: Note.\n\n[search]: https://s.example\n',
      true,
    ],
    ['indented code followed by a footnote definition', '    indented code\n[^1]: A footnote.', true],
    ['a table with no body row', '| a | b |\n| --- | --- |\n', true],
    ['a header row that is a lone pipe', '| \n|---|', true],
    ['a list interrupting a paragraph, with an empty nested item', 'Acme\n1. 1.\n\nAcme', false],
    ['an ordered list after indented code and a blank line', '    code\n  \n2. two\n    code\n\n| Acme |\n|---|', true],
    ['indented code right after a list', '  3. Acme\n\n    - Acme\n  3. Acme\n|  |\n|---|', false],
    ['a hard break in a wrapped item', '- Acme `open Acme\n    Acme\\\n    Acme', true],
    ['a zero-padded one that cannot interrupt a paragraph', 'Text\n01. zero\n', true],
    ['a literal autolink micromark did not mark', '- -www.bare.example Acme\n- [Name](https://n.example.com)', true],
  ])('reads %s as remark does', (_name, source, read) => {
    const fast = readFast(source);
    expect(fast !== undefined).toBe(read);
    if (fast) expect(fast).toStrictEqual(judge(source));
  });

  it('leaves a file it cannot cut into blocks safely to remark', () => {
    expect(readFast('- a\nlazy continuation\n')).toBeUndefined();
    expect(readFast('para\r  with a lone carriage return\n')).toBeUndefined();
    expect(readFast('> quote\n> ```\n\ncode?\n')).toBeUndefined();
  });

  it('builds the same tree as remark on generated Markdown', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const fast = readFast(source);
        if (fast) expect(fast).toStrictEqual(judge(source));
      }),
      { numRuns: 1500 },
    );
  });

  it('builds the same tree as remark on generated adopters-like files, reading nearly all of them natively', () => {
    let native = 0;
    fc.assert(
      fc.property(plainDocuments, (source) => {
        const stats = { slices: 0 };
        const fast = readFast(source, stats);
        if (fast) expect(fast).toStrictEqual(judge(source));
        if (fast && stats.slices === 0) native++;
      }),
      { numRuns: 1000 },
    );
    expect(native).toBeGreaterThan(900);
  });
});
