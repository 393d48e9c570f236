import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { expectPureInsertion } from '../support/pure-insertion.js';
import { validEntry } from '../support/entry.js';

// Real files from public projects, with hand-made answer keys (see __fixtures__/corpus/README.md).
const dir = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
interface KeyEntry {
  file: string;
  expect: 'insert' | 'refuse' | 'insert-or-refuse' | 'skip';
  order?: 'alphabetical' | 'append';
  lines?: Record<string, number[]>;
  /** Data files (YAML/JSON) are checked in __tests__/data-files/corpus.test.ts. */
  format?: string;
}
const key = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as KeyEntry[];
const NAMES = ['Aardvark Analytics', 'Mango Metrics', 'Zyzzyva Systems'];
const DESCRIPTION = 'Runs it in production for internal services.';
const cases = key
  .filter((k) => k.expect !== 'skip' && !k.format)
  .flatMap((k) => NAMES.map((name) => [k.file, name, k] as const));

describe('insertAdopter on real adopters files', () => {
  it('covers every Markdown file of the corpus', () => {
    expect(cases.length).toBe(102);
  });

  it.each(cases)('%s :: %s', (file, name, k) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const url = `https://${name.toLowerCase().replace(/\s+/g, '')}.example.com`;
    const result = insertAdopter(source, validEntry({ name, url, description: DESCRIPTION }));
    if (k.expect === 'refuse') {
      expect(result.ok).toBe(false);
      return;
    }
    if (!result.ok) {
      expect(k.expect, result.reason).toBe('insert-or-refuse');
      return;
    }
    expectPureInsertion(source, result.content, result.offset, result.inserted);
    expect(k.lines?.[name]).toContain(result.line);
    expect(result.content.endsWith('\n')).toBe(source.endsWith('\n'));
    expect(result.entry.replace(/\\(.)/g, '$1')).toContain(name);
  });
});
