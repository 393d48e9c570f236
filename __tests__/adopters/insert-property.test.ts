import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/adopters/document.js';
import { findContainers } from '../../src/adopters/find-containers.js';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import {
  descriptionText as description,
  organizationName as name,
  websiteUrl as url,
} from '../support/adopter-arbitraries.js';
import { expectPureInsertion } from '../support/pure-insertion.js';
import { validEntry } from '../support/entry.js';

const root = join(import.meta.dirname, '../../__fixtures__/adopters');
const fixtures = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'expected.md')))
  .map((d) => ({ name: d, source: readFileSync(join(root, d, 'ADOPTERS.md'), 'utf8') }));

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
