import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import { validateAddValues } from '../../src/cli/add-entry.js';
import { normalizeOrganizationName } from '../../src/submission/normalize-name.js';
import { expectLineInsertion } from './support.js';

// Files are generated from safe sibling names; the new entry's name and description may hold anything a
// submission can: YAML indicators, quotes, backslashes, `: `, ` #`, non-Latin letters, a leading dash.
const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
const siblingNames = fc.uniqueArray(fc.tuple(word, fc.option(word, { nil: undefined })), {
  minLength: 1,
  maxLength: 8,
  selector: ([a, b]) => `${a} ${b ?? ''}`.toLowerCase(),
});
const hard = fc.constantFrom(
  ': ',
  ' #',
  '#',
  "'",
  '"',
  '\\',
  '- ',
  '@',
  '&',
  '*',
  '!',
  '%',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '?',
  '`',
  'é',
  '日本',
  'yes',
  'No',
  '~',
  'null',
  '0x1F',
  '1.5',
  ' ',
);
const newName = fc
  .tuple(word, fc.array(fc.oneof(hard, word), { maxLength: 5 }))
  .map(([first, rest]) => [first, ...rest].join(''))
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);
const description = fc
  .option(
    fc.array(fc.oneof(hard, word), { minLength: 1, maxLength: 8 }).map((a) => a.join(' ').replace(/\s+/g, ' ').trim()),
    { nil: undefined },
  )
  .map((d) => d || undefined);
const url = fc.stringMatching(/^[a-z]{2,10}$/).map((h) => `https://${h}.example.com/`);

const yamlShape = fc.record({
  indent: fc.constantFrom('', '  ', '    '),
  quote: fc.constantFrom('plain', 'single', 'double'),
  keys: fc.constantFrom(['name', 'url', 'description'], ['title', 'link', 'summary'], ['company', 'website', 'usage']),
  loose: fc.boolean(),
  nested: fc.boolean(),
  comments: fc.boolean(),
  finalNewline: fc.boolean(),
});

function quoteAs(value: string, quote: string): string {
  if (quote === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (quote === 'double') return JSON.stringify(value);
  return value;
}

function buildYaml(
  names: [string, string | undefined][],
  s: {
    indent: string;
    quote: string;
    keys: readonly string[];
    loose: boolean;
    nested: boolean;
    comments: boolean;
    finalNewline: boolean;
  },
) {
  const [nk, uk, dk] = s.keys as [string, string, string];
  const lines: string[] = ['# adopters of the project'];
  if (s.nested) lines.push('adopters:');
  const ind = s.nested ? s.indent || '  ' : s.indent && '';
  names.forEach(([a, b], i) => {
    const name = b ? `${a} ${b}` : a;
    if (s.loose && i > 0) lines.push('');
    if (s.comments && i % 2 === 1) lines.push(`${ind}# note about ${a}`);
    lines.push(`${ind}- ${nk}: ${quoteAs(name, s.quote)}`);
    lines.push(
      `${ind}  ${uk}: ${quoteAs(`https://${a.toLowerCase()}${i}.example.org`, s.quote)}${s.comments && i === 0 ? ' # first' : ''}`,
    );
    lines.push(`${ind}  ${dk}: ${quoteAs(`Uses it ${i}`, s.quote)}`);
  });
  return lines.join('\n') + (s.finalNewline ? '\n' : '');
}

const commentsOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('#') && !/^\s*-? ?\w+: ["']/.test(l))
    .map((l) => l.slice(l.indexOf('#')));

describe('insertDataEntry, for any file of a family and any submission', () => {
  it('YAML: parse(insert(file)) is parse(file) with the item inserted; comments survive; only lines are added', () => {
    fc.assert(
      fc.property(siblingNames, yamlShape, newName, url, description, (names, shape, name, u, desc) => {
        fc.pre(
          names.every(([a, b]) => normalizeOrganizationName(b ? `${a} ${b}` : a) !== normalizeOrganizationName(name)),
        );
        const source = buildYaml(names, shape);
        // Only what the submission rules accept reaches the engine (the rules refuse some markup).
        const checked = validateAddValues({ name, url: u, description: desc });
        fc.pre(checked.ok);
        if (!checked.ok) return;
        ({ name, url: u, description: desc } = checked.entry as { name: string; url: string; description?: string });
        const result = insertDataEntry(source, 'yaml', checked.entry);
        if (!result.ok) throw new Error(`${result.reason}\n${source}`);
        const before = parse(source) as unknown;
        const after = parse(result.content) as unknown;
        const list = (v: unknown) => (shape.nested ? (v as { adopters: unknown[] }).adopters : (v as unknown[]));
        const [nk, uk, dk] = shape.keys as [string, string, string];
        const expected = [...list(before)];
        expected.splice(result.index, 0, { [nk]: name, [uk]: u, ...(desc ? { [dk]: desc } : {}) });
        expect(list(after)).toEqual(expected);
        expect(commentsOf(result.content)).toEqual(expect.arrayContaining(commentsOf(source)));
        expectLineInsertion(source, result.content);
        expect(result.content.endsWith('\n')).toBe(source.endsWith('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('JSON: JSON.parse(insert(file)) is JSON.parse(file) with the object inserted; the indentation is kept', () => {
    const shape = fc.record({
      indent: fc.constantFrom('  ', '    ', '\t'),
      wrapped: fc.boolean(),
      finalNewline: fc.boolean(),
    });
    fc.assert(
      fc.property(siblingNames, shape, newName, url, (names, s, name, u) => {
        fc.pre(
          names.every(([a, b]) => normalizeOrganizationName(b ? `${a} ${b}` : a) !== normalizeOrganizationName(name)),
        );
        const objects = names.map(([a, b], i) => ({
          name: b ? `${a} ${b}` : a,
          url: `https://${a.toLowerCase()}${i}.example.org`,
        }));
        const value = s.wrapped ? { users: objects } : objects;
        const source = JSON.stringify(value, null, s.indent) + (s.finalNewline ? '\n' : '');
        const checked = validateAddValues({ name, url: u });
        fc.pre(checked.ok);
        if (!checked.ok) return;
        ({ name, url: u } = checked.entry as { name: string; url: string });
        const result = insertDataEntry(source, 'json', checked.entry);
        if (!result.ok) throw new Error(`${result.reason}\n${source}`);
        const expected = [...objects];
        expected.splice(result.index, 0, { name, url: u });
        expect(JSON.parse(result.content)).toEqual(s.wrapped ? { users: expected } : expected);
        expectLineInsertion(source, result.content);
        const depth = s.wrapped ? 2 : 1;
        const lines = result.entry.split('\n');
        expect(lines[0]).toBe(`${s.indent.repeat(depth)}{`);
        expect(lines).toContain(`${s.indent.repeat(depth + 1)}"name": ${JSON.stringify(name)},`);
        // The item in the file is the reported entry, with the comma that separates it from a next item.
        const inFile = result.content.split('\n').slice(result.line - 1, result.line - 1 + lines.length);
        expect(inFile.join('\n').replace(/,$/, '')).toBe(result.entry);
      }),
      { numRuns: 150 },
    );
  });
});
