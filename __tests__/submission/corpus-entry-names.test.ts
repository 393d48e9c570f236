// Refusing real organizations is as bad as letting harm through (THREATS.md): every name already listed
// in the corpus of real adopters files (Markdown lists, tables, paragraphs and headings, and the YAML and
// JSON data files) must pass the rules a new name meets, as it displays (a soft line break is a space).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseDocument } from '../../src/adopters/document.js';
import { findContainers } from '../../src/adopters/find-containers.js';
import { validateEntry } from '../../src/submission/validate-entry.js';

const dir = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
interface DataKey {
  file: string;
  format?: 'yaml' | 'json';
  path?: string;
  keys?: { name: string };
}
const key = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as DataKey[];
const files = readdirSync(dir);

function markdownNames(file: string): string[] {
  const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
  return findContainers(doc).flatMap((c) =>
    c.entries.filter((e) => !e.catchAll && !e.placeholder && e.nameLike).map((e) => e.name),
  );
}

function dataNames(entry: DataKey): string[] {
  const text = readFileSync(join(dir, entry.file), 'utf8');
  let node: unknown = entry.format === 'json' ? JSON.parse(text) : parseYaml(text);
  for (const part of (entry.path ?? '').split('.').filter(Boolean)) node = (node as Record<string, unknown>)[part];
  const field = entry.keys?.name ?? 'name';
  return (
    (node as Record<string, unknown>[])
      .map((item) => item[field])
      // A data file's value goes into a web page's markup: an HTML reference in it (a soft hyphen written
      // `&shy;`) is the site's markup, not text a submitter types, which the name rules rightly refuse.
      .filter((n): n is string => typeof n === 'string' && !/&#?\w+;/.test(n))
  );
}

const NAMES = [
  ...files.filter((f) => /\.md$/i.test(f) && f !== 'MANIFEST.md').flatMap((f) => markdownNames(f).map((n) => [f, n])),
  ...key.filter((k) => k.format && files.includes(k.file)).flatMap((k) => dataNames(k).map((n) => [k.file, n])),
].map(([file, name]) => [file!, name!.replace(/\s+/g, ' ').trim()] as const);

describe('the names already in real adopters files', () => {
  it('are over a thousand, from every file of the corpus', () => {
    expect(NAMES.length).toBeGreaterThan(1000);
    expect(new Set(NAMES.map(([file]) => file)).size).toBeGreaterThanOrEqual(30);
  });

  it('all pass the name rules, each displayed exactly as listed', () => {
    const refused = NAMES.flatMap(([file, name]) => {
      const checked = validateEntry({ name }, { requireWebsite: false });
      if (!checked.ok) return [`${file}: ${JSON.stringify(name)}: ${checked.errors.map((e) => e.message).join(' ')}`];
      return checked.entry.name === name ? [] : [`${file}: ${JSON.stringify(name)} became ${checked.entry.name}`];
    });
    expect(refused).toEqual([]);
  });
});
