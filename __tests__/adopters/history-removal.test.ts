import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';

// People's real commits, read backwards: the file after a person added one adopter, minus that adopter,
// must be the file as it was before, byte for byte. The lines come from the person's commit, not from
// the engine. Three commits also added a stray blank line to a tight list or table (read by eye): a
// removal takes only the blank line that separates entries, not one a person left behind.
const STRAY_BLANK_LINE = new Set([
  'cncf__gitvote__f9ea1811c7',
  'external-secrets__external-secrets__157e78ca63',
  'tektoncd__community__6a92aa05ec',
]);
interface Case {
  id: string;
  repo: string;
  parent_blob: string;
  line: number;
  added: string;
  name: string;
}

const root = join(import.meta.dirname, '../../__fixtures__/history');
const cases = (JSON.parse(readFileSync(join(root, 'cases.json'), 'utf8')) as Case[]).filter(
  (c) => !STRAY_BLANK_LINE.has(c.id),
);

/**
 * The file of the person's commit: the parent with the added lines, the entry on the person's line. A
 * leading line break in `added` is a blank line added above the entry, a trailing one a blank line below.
 */
function after(parent: string, c: Case): string {
  const crlf = parent.includes('\r\n');
  const lines = parent.split('\n');
  const text = c.added.endsWith('\n') ? `${c.added}\n` : c.added;
  const added = text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (crlf ? `${l}\r` : l));
  const above = /^\n*/.exec(c.added)![0].length;
  const at = c.line - 1 - above;
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
}

describe('removeAdopter on real commits, read backwards', () => {
  it('covers every commit but the three with a stray blank line', () => {
    expect(cases.length).toBe(20);
  });

  it.each(cases.map((c) => [c.id, c] as const))('gives back the parent file of %s', (_id, c) => {
    const parent = readFileSync(
      join(root, 'files', `${c.repo.replace('/', '__')}__${c.parent_blob.slice(0, 12)}.md`),
      'utf8',
    );
    const result = removeAdopter(after(parent, c), c.name);
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.content).toBe(parent);
    expect(result.line).toBe(c.line);
  });
});
