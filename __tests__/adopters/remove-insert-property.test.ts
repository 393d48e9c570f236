import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';
import { descriptionText, organizationName, websiteUrl } from '../support/adopter-arbitraries.js';
import { validEntry } from '../support/entry.js';

// Taking out what was just put in gives back the original file, byte for byte: on every real file of
// the corpus and every insertion fixture (tables, loose and tight lists, CRLF, no final newline, …).
const corpus = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
const fixtures = join(import.meta.dirname, '../../__fixtures__/adopters');
const files = [
  ...readdirSync(corpus)
    .filter((f) => /\.md$/i.test(f) && f !== 'MANIFEST.md')
    .map((f) => ({ file: f, source: readFileSync(join(corpus, f), 'utf8') })),
  ...readdirSync(fixtures)
    .filter((d) => existsSync(join(fixtures, d, 'expected.md')))
    .map((d) => ({ file: `${d}/ADOPTERS.md`, source: readFileSync(join(fixtures, d, 'ADOPTERS.md'), 'utf8') })),
];
const probe = validEntry({ name: 'Probe Org', url: 'https://probe.example.com' });
const writable = files.filter((f) => insertAdopter(f.source, probe).ok);
const refused = files.filter((f) => !writable.includes(f));

describe('removeAdopter(insertAdopter(x))', () => {
  it('runs on every file that takes insertions (the two refused say their list moved or is generated)', () => {
    expect(files.length).toBe(34 + 22);
    expect(refused.map((f) => f.file)).toEqual([
      'kube-green__kube-green.github.io__docs__adopters.md',
      'open-telemetry__community__ADOPTERS.md',
    ]);
  });

  it.each(writable)('gives back $file byte for byte', ({ source }) => {
    fc.assert(
      fc.property(organizationName, websiteUrl, descriptionText, (name, url, description) => {
        const inserted = insertAdopter(source, validEntry({ name, url, description }));
        // A random name may collide with a listed one; that refusal is the insertion's business.
        fc.pre(inserted.ok);
        if (!inserted.ok) return;
        const removed = removeAdopter(inserted.content, name);
        expect(removed.ok && removed.content).toBe(source);
        expect(removed.ok && removed.line).toBe(inserted.line);
      }),
      { numRuns: 6 },
    );
  });
});
