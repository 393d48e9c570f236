import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeDataEntry } from '../../src/data-files/remove-data-entry.js';
import { updateDataEntry } from '../../src/data-files/update-data-entry.js';
import { at, changedBlock, read } from './support.js';

const dir = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
const corpus = (file: string) => readFileSync(join(dir, file), 'utf8');
const CORTEX = 'cortexproject__cortex__website__data__adopters.yml';
const ENVOY = 'envoyproxy__gateway__site__data__adopters.yaml';

describe('updateDataEntry', () => {
  it('rewrites only the changed value, nothing else of the entry', () => {
    const source = corpus(CORTEX);
    const r = updateDataEntry(source, 'yaml', 'buoyant', { url: 'https://buoyant.example.com/' });
    if (!r.ok) throw new Error(r.reason);
    expect(changedBlock(source, r.content)).toEqual({
      removed: ['    url: https://buoyant.io/'],
      added: ['    url: https://buoyant.example.com/'],
      at: 10,
    });
    expect(r).toMatchObject({ line: 9, removed: 1, added: 1, moved: false });
    expect(r.entry).toBe('  - name: Buoyant\n    url: https://buoyant.example.com/\n    logo: buoyant.svg');
  });

  it("keeps the entry's own quoting", () => {
    const source = corpus(ENVOY);
    const r = updateDataEntry(source, 'yaml', 'Tetrate', {
      description: 'Ships "TEG": an Envoy Gateway distribution.',
    });
    if (!r.ok) throw new Error(r.reason);
    expect(changedBlock(source, r.content).added).toEqual([
      '    description: "Ships \\"TEG\\": an Envoy Gateway distribution."',
    ]);
  });

  it('moves a renamed entry in a sorted list: removed at its old place, inserted in its own shape at the new one', () => {
    const source = corpus(CORTEX);
    const r = updateDataEntry(source, 'yaml', 'Aspen Mesh', { name: 'Zeta Mesh' });
    if (!r.ok) throw new Error(r.reason);
    const names = (parse(r.content) as { adopters: { name: string }[] }).adopters.map((a) => a.name);
    expect(names.at(-1)).toBe('Zeta Mesh');
    expect(names).not.toContain('Aspen Mesh');
    expect(r).toMatchObject({ moved: true, removed: 3, added: 3 });
    expect(r.entry).toBe('  - name: Zeta Mesh\n    url: https://aspenmesh.io/\n    logo: aspen_mesh.png');
    expect(
      r.content
        .split('\n')
        .slice(r.line - 1, r.line + 2)
        .join('\n'),
    ).toBe(r.entry);
  });

  it('renames in place in a list kept in order of addition', () => {
    const file = 'thanos-io__thanos__website__data__adopters.yml';
    const source = corpus(file);
    const r = updateDataEntry(source, 'yaml', 'Monzo', { name: 'Monzo Bank' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.moved).toBe(false);
    expect(changedBlock(source, r.content)).toMatchObject({
      removed: ['- name: Monzo'],
      added: ['- name: Monzo Bank'],
    });
  });

  it('adds a key the entry lacks after its last key, and a JSON member with its comma', () => {
    const file = '- name: A\n  url: https://a.io\n- name: B\n  url: https://b.io\n  description: Uses it too\n';
    const yaml = updateDataEntry(file, 'yaml', 'A', { description: 'Uses it' });
    expect(yaml).toMatchObject({
      ok: true,
      content:
        '- name: A\n  url: https://a.io\n  description: Uses it\n- name: B\n  url: https://b.io\n  description: Uses it too\n',
      removed: 0,
      added: 1,
    });
    const noKey = updateDataEntry('- name: A\n  url: https://a.io\n', 'yaml', 'A', { description: 'Uses it' });
    expect(noKey).toMatchObject({ ok: false, code: 'nothing-to-change' });
    const adoptium = corpus('adoptium__adoptium.net__src__data__adopters.json');
    const json = updateDataEntry(adoptium, 'json', 'Arm', { logo: 'https://arm.example.com/logo.svg' });
    if (!json.ok) throw new Error(json.reason);
    expect(changedBlock(adoptium, json.content).added).toEqual(['    "logo": "adopters/arm.svg",']);
    expect(json.warnings[0]).toContain('a maintainer must add the image');
  });

  it('refuses an update that changes nothing, a name it cannot find (naming the closest), and a name listed twice', () => {
    const source = corpus(CORTEX);
    expect(updateDataEntry(source, 'yaml', 'Etsy', { url: 'https://www.etsy.com/' })).toMatchObject({
      ok: false,
      code: 'nothing-to-change',
      reason: 'nothing to change',
    });
    const missing = updateDataEntry(source, 'yaml', 'Etzy', { url: 'https://x.io' });
    expect(missing).toMatchObject({ ok: false, code: 'not-found' });
    expect(missing.ok || missing.reason).toContain('the closest are "Etsy"');
    const twice = '- name: Acme\n  url: https://a.io\n- name: ACME Inc.\n  url: https://a2.io\n';
    const ambiguous = removeDataEntry(twice, 'yaml', 'acme');
    expect(ambiguous).toMatchObject({ ok: false, code: 'ambiguous' });
    expect(ambiguous.ok || ambiguous.reason).toContain('lines 1, 3');
  });

  it('refuses a rename onto a name already listed', () => {
    expect(updateDataEntry(corpus(CORTEX), 'yaml', 'Etsy', { name: 'Buoyant' })).toMatchObject({
      ok: false,
      code: 'duplicate',
    });
  });
});

describe('removeDataEntry', () => {
  it('deletes the entry and exactly the blank line that separated it', () => {
    const loose =
      'adopters:\n  - name: A\n    url: https://a.io\n\n  - name: B\n    url: https://b.io\n\n  - name: C\n    url: https://c.io\n';
    expect(removeDataEntry(loose, 'yaml', 'B')).toMatchObject({
      ok: true,
      content: 'adopters:\n  - name: A\n    url: https://a.io\n\n  - name: C\n    url: https://c.io\n',
      line: 5,
      removed: 3,
      entry: null,
    });
    expect(removeDataEntry(loose, 'yaml', 'C')).toMatchObject({
      content: 'adopters:\n  - name: A\n    url: https://a.io\n\n  - name: B\n    url: https://b.io\n',
    });
  });

  it("removes the JSON comma the last entry's removal leaves dangling", () => {
    const json = '[\n  {\n    "name": "A"\n  },\n  {\n    "name": "B"\n  }\n]';
    expect(removeDataEntry(json, 'json', 'B')).toMatchObject({ ok: true, content: '[\n  {\n    "name": "A"\n  }\n]' });
  });

  it('keeps a missing final newline missing', () => {
    expect(removeDataEntry('- name: A\n  url: x\n- name: B\n  url: y', 'yaml', 'B')).toMatchObject({
      content: '- name: A\n  url: x',
    });
  });

  it('refuses to empty a YAML block list (it would read as null)', () => {
    expect(removeDataEntry('adopters:\n  - name: A\n    url: https://a.io\n', 'yaml', 'A')).toMatchObject({
      ok: false,
      code: 'unsafe',
    });
  });
});

// Issue 14's acceptance on every shared data file: first, middle and last entry of the adopters list.
const keys = (
  JSON.parse(corpus('expected.json')) as {
    file: string;
    format?: 'yaml' | 'json';
    path: string;
    keys: { name: string; url: string };
  }[]
).filter((k) => k.format);
const positions = keys.flatMap((k) => (['first', 'middle', 'last'] as const).map((p) => [k.file, p, k] as const));

describe.each(positions)('%s, %s entry', (file, position, k) => {
  const source = corpus(file);
  const items = at(read(source, k.format!), k.path) as Record<string, string>[];
  const index = position === 'first' ? 0 : position === 'last' ? items.length - 1 : items.length >> 1;
  const name = items[index]![k.keys.name]!;

  it('removal leaves the list minus the entry, touching only its lines', () => {
    const r = removeDataEntry(source, k.format!, name);
    if (!r.ok) throw new Error(r.reason);
    expect(at(read(r.content, k.format!), k.path)).toEqual(items.filter((_, i) => i !== index));
    const { added } = changedBlock(source, r.content);
    expect(added.every((l) => /^\s*[}\]],?$/.test(l))).toBe(true);
  });

  it('an update of the website changes that value only', () => {
    const r = updateDataEntry(source, k.format!, name, { url: 'https://changed.example.com/' });
    if (!r.ok) throw new Error(r.reason);
    const after = at(read(r.content, k.format!), k.path) as Record<string, string>[];
    expect(after).toEqual(
      items.map((it, i) => (i === index ? { ...it, [k.keys.url]: 'https://changed.example.com/' } : it)),
    );
    expect(r.removed + r.added).toBeLessThanOrEqual(2);
  });
});
