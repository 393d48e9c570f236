import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import { dataFormatOf } from '../../src/data-files/format.js';
import { validEntry } from '../support/entry.js';
import { expectLineInsertion } from './support.js';

// One folder per case: the file, a submission, and the file as a maintainer would have written it by hand.
const root = join(import.meta.dirname, '../../__fixtures__/data-files');
const cases = readdirSync(root).map((name) => {
  const files = readdirSync(join(root, name));
  const input = files.find((f) => f.startsWith('adopters.'))!;
  const expected = files.find((f) => f.startsWith('expected.'));
  return {
    name,
    input,
    expected,
    submission: JSON.parse(readFileSync(join(root, name, 'submission.json'), 'utf8')) as Record<string, string>,
  };
});

describe('insertDataEntry on hand-made cases', () => {
  it.each(cases.filter((c) => c.expected))('$name', ({ name, input, expected, submission }) => {
    const source = readFileSync(join(root, name, input), 'utf8');
    const want = readFileSync(join(root, name, expected!), 'utf8');
    const { section, ...entry } = submission;
    const result = insertDataEntry(source, dataFormatOf(input)!, validEntry(entry as { name: string }), { section });
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toBe(want);
    expectLineInsertion(source, result.content);
  });
});
