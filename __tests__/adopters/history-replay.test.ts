import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

interface Case {
  id: string;
  repo: string;
  parent_blob: string;
  line: number;
  /** The same place without the stray blank line the person added above the entry. */
  line_alt?: number;
  added: string;
  name: string;
  url: string | null;
  description: string | null;
  section?: string;
  group?: string;
  contact?: string;
}

const root = join(import.meta.dirname, '../../__fixtures__/history');
const cases = JSON.parse(readFileSync(join(root, 'cases.json'), 'utf8')) as Case[];

/** A line's shape as a reader compares it: addresses, words and table padding do not matter. */
function shape(line: string): string {
  return line
    .replace(/(?:https?:\/\/|mailto:|www\.)[^\s)\]>|"']*/gi, 'u')
    .replace(/[\p{L}\p{N}]+/gu, 'a')
    .replace(/a(?:[ .&'’+\-/,]+a)+/g, 'a')
    .replace(/\s*\|\s*/g, '|')
    .replace(/\s+/g, ' ')
    .trim();
}

const firstLine = (text: string) => text.split(/\r?\n/).find((l) => l.trim()) ?? '';

describe('insertAdopter on real commits', () => {
  it.each(cases.map((c) => [c.id, c] as const))('should add the entry where and as the person did (%s)', (_id, c) => {
    const source = readFileSync(
      join(root, 'files', `${c.repo.replace('/', '__')}__${c.parent_blob.slice(0, 12)}.md`),
      'utf8',
    );
    const entry = validEntry({
      name: c.name,
      url: c.url ?? undefined,
      description: c.description ?? undefined,
      contact: c.contact,
    });
    const result = insertAdopter(source, entry, { section: c.section ?? c.group });
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expectPureInsertion(source, result.content, result.offset, result.inserted);
    const lines = result.content.split(/\r?\n/);
    const at = lines.findIndex((l, i) => i + 1 >= result.line && l.trim());
    expect([c.line, c.line_alt]).toContain(at + 1);
    expect(shape(firstLine(result.entry))).toBe(shape(firstLine(c.added)));
  });
});
