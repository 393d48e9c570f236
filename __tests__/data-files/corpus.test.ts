import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import type { DataFormat } from '../../src/data-files/model.js';
import type { DataOptions } from '../../src/data-files/select-sequence.js';
import { type EntryInput, validEntry } from '../support/entry.js';
import { removeDataEntry } from '../../src/data-files/remove-data-entry.js';
import { at, expectLineInsertion, read } from './support.js';

/** The engine takes only entries that passed the submission rules, as every caller must make them. */
const insert = (source: string, format: DataFormat, values: EntryInput, options?: DataOptions) =>
  insertDataEntry(source, format, validEntry(values), options);

// Real data files from public projects with hand-made keys (which list, which keys, acceptable indices).
const dir = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
interface DataKey {
  file: string;
  format?: 'yaml' | 'json';
  path: string;
  keys: { name: string; url: string; description?: string; logo?: string | string[] };
  indices: Record<string, number[]>;
}
const key = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as DataKey[]).filter((k) => k.format);
const NAMES = ['Aardvark Analytics', 'Mango Metrics', 'Zyzzyva Systems'];
const DESCRIPTION = 'Runs it in production for internal services.';
const cases = key.flatMap((k) => NAMES.map((name) => [k.file, name, k] as const));

describe('insertDataEntry on real data files', () => {
  it('covers every data file of the corpus', () => {
    expect(key.length).toBe(8);
  });

  it.each(cases)('%s :: %s', (file, name, k) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const url = `https://${name.toLowerCase().replace(/\s+/g, '')}.example.com`;
    const result = insert(source, k.format!, { name, url, description: DESCRIPTION });
    if (!result.ok) throw new Error(result.reason);
    const block = expectLineInsertion(source, result.content);
    expect(block.join('\n')).toContain(result.entry.split('\n')[0]);
    const before = at(read(source, k.format!), k.path);
    const after = at(read(result.content, k.format!), k.path);
    expect(k.indices[name]).toContain(result.index);
    expect(after.filter((_, i) => i !== result.index)).toEqual(before);
    const item = after[result.index] as Record<string, unknown>;
    expect(item[k.keys.name]).toBe(name);
    expect(item[k.keys.url]).toBe(url);
    for (const logo of [k.keys.logo ?? []].flat()) expect(item[logo] ?? '').toBe('');
    expect(result.content.endsWith('\n')).toBe(source.endsWith('\n'));
  });

  it.each(cases)('removing what was inserted gives back the original bytes: %s :: %s', (file, name, k) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const inserted = insert(source, k.format!, {
      name,
      url: `https://${name.length}.example.org`,
      description: DESCRIPTION,
    });
    if (!inserted.ok) throw new Error(inserted.reason);
    const removed = removeDataEntry(inserted.content, k.format!, name);
    if (!removed.ok) throw new Error(removed.reason);
    expect(removed.content).toBe(source);
    expect(removed.line).toBe(inserted.line);
  });
});
