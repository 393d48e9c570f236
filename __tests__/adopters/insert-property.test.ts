import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/adopters/document.js';
import { findContainers } from '../../src/adopters/find-containers.js';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { expectPureInsertion } from '../support/pure-insertion.js';
import { validEntry } from '../support/entry.js';

const root = join(import.meta.dirname, '../../__fixtures__/adopters');
const fixtures = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'expected.md')))
  .map((d) => ({ name: d, source: readFileSync(join(root, d, 'ADOPTERS.md'), 'utf8') }));

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZÆæéèüößçñøåłńžščřÉÖ'.split(''));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
const word = fc
  .array(fc.oneof({ weight: 6, arbitrary: letters }, { weight: 1, arbitrary: cjk }), { minLength: 1, maxLength: 9 })
  .map((a) => a.join(''));
const decoration = fc.constantFrom('', '&', '(Labs)', "O'", '3', '42', '.io', '-Tech', '+', 'Inc.');
const name = fc
  .tuple(word, fc.array(fc.tuple(decoration, word), { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest.map(([d, w]) => (d ? `${d} ${w}` : w))].join(' ').normalize('NFC'));
const url = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{1,15}[a-z0-9]$/),
    fc.constantFrom('com', 'io', 'dev', 'org', 'co.uk'),
    fc.constantFrom('', '/', '/about', '/en/products?x=1'),
  )
  .map(([host, tld, path]) => `https://${host}.${tld}${path}`);
const description = fc.option(
  fc
    .array(fc.oneof(word, fc.constantFrom('&', 'uses', 'it', '(in production)', "it's", '100%', 'CI/CD')), {
      minLength: 1,
      maxLength: 12,
    })
    .map((w) => w.join(' ')),
  { nil: undefined },
);

const entryCount = (source: string) => findContainers(parseDocument(source)).reduce((n, c) => n + c.entries.length, 0);

describe('insertAdopter with random real-looking names', () => {
  it.each(fixtures)('keeps $name a pure insertion that displays the name and links the URL', ({ source }) => {
    const before = entryCount(source);
    fc.assert(
      fc.property(name, url, description, (n, u, d) => {
        const result = insertAdopter(source, validEntry({ name: n, url: u, description: d }));
        if (!result.ok) {
          // The only acceptable refusal for a fresh, valid name: it normalizes to one already listed.
          expect(result.code).toBe('duplicate');
          return;
        }
        expectPureInsertion(source, result.content, result.offset, result.inserted);
        const after = findContainers(parseDocument(result.content));
        expect(after.reduce((k, c) => k + c.entries.length, 0)).toBe(before + 1);
        const added = after.flatMap((c) => c.entries).find((e) => e.startLine === result.line);
        expect(added?.name.replace(/\s+/g, ' ')).toBe(n);
        if (result.entry.includes(']('))
          expect(result.content).toContain(u.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')));
      }),
      { numRuns: 25 },
    );
  });
});
