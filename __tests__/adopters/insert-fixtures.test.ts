import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { expectPureInsertion } from '../support/pure-insertion.js';
import { type EntryInput, validEntry } from '../support/entry.js';

const root = join(import.meta.dirname, '../../__fixtures__/adopters');
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'ADOPTERS.md')));

function load(name: string) {
  const read = (f: string) => readFileSync(join(root, name, f), 'utf8');
  const submission = JSON.parse(read('submission.json')) as EntryInput;
  return {
    source: read('ADOPTERS.md'),
    submission,
    expected: existsSync(join(root, name, 'expected.md')) ? read('expected.md') : undefined,
    refused: existsSync(join(root, name, 'refused.json'))
      ? (JSON.parse(read('refused.json')) as { code: string; reason: string })
      : undefined,
  };
}

describe('insertAdopter on fixtures', () => {
  it('has a fixture folder per case, each with an expected outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      const { expected, refused } = load(c);
      expect(Boolean(expected) !== Boolean(refused), c).toBe(true);
    }
  });

  it.each(cases)('%s', (name) => {
    const { source, submission, expected, refused } = load(name);
    const result = insertAdopter(source, validEntry(submission), { section: submission.section });
    if (refused) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe(refused.code);
        expect(result.reason).toContain(refused.reason);
      }
      return;
    }
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.content).toBe(expected);
    expectPureInsertion(source, result.content, result.offset, result.inserted);
    const lines = result.content.split(/\r?\n/);
    expect(lines[result.line - 1]).toBe(result.entry.split(/\r?\n/)[0]);
    expect(result.content.endsWith('\n')).toBe(source.endsWith('\n'));
  });
});
