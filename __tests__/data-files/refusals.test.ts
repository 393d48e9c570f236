import { describe, expect, it } from 'vitest';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import type { DataFormat } from '../../src/data-files/model.js';
import type { DataOptions } from '../../src/data-files/select-sequence.js';
import { type EntryInput, validEntry } from '../support/entry.js';

/** The engine takes only entries that passed the submission rules, as every caller must make them. */
const insert = (source: string, format: DataFormat, values: EntryInput, options?: DataOptions) =>
  insertDataEntry(source, format, validEntry(values), options);

const yaml = `adopters:
  - name: Acme Inc.
    url: https://acme.io
  - name: Bolt
    url: https://github.com/bolt
  - name: Kite
    url: https://kite.io
`;

describe('insertDataEntry refuses or flags', () => {
  it('refuses an organization already listed under another spelling, naming its line', () => {
    const r = insert(yaml, 'yaml', { name: 'ACME, Inc', url: 'https://acme.example.com' });
    expect(r).toMatchObject({ ok: false, code: 'duplicate', line: 2 });
  });

  it('flags a website already listed and a look-alike for a maintainer, and still inserts', () => {
    const same = insert(yaml, 'yaml', { name: 'Acme Labs', url: 'https://www.acme.io/labs' });
    expect(same.ok && same.flags).toEqual([{ kind: 'same-site', name: 'Acme Inc.', line: 2 }]);
    const shared = insert(yaml, 'yaml', { name: 'Other', url: 'https://github.com/other' });
    expect(shared.ok && shared.flags).toEqual([]);
  });

  it('refuses a file that does not parse, with the line of the error', () => {
    const r = insert('adopters:\n  - name: A\n   url: [\n', 'yaml', { name: 'B', url: 'https://b.io' });
    expect(r).toMatchObject({ ok: false, code: 'unreadable' });
    expect(r.ok || r.line).toBeGreaterThan(1);
    expect(insert('[{"name": "A",}]', 'json', { name: 'B', url: 'https://b.io' })).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });

  it('refuses a file without a list of named items', () => {
    expect(insert('title: Users\nversion: 2\n', 'yaml', { name: 'B', url: 'https://b.io' })).toMatchObject({
      ok: false,
      code: 'no-template',
    });
  });

  it('refuses a section that names no group, listing the groups', () => {
    const grouped = `- {name: A, url: "https://a.io", category: Vendor}\n- {name: B, url: "https://b.io", category: End user}\n- {name: C, url: "https://c.io", category: Vendor}\n`;
    const r = insert(grouped, 'yaml', { name: 'D', url: 'https://d.io' }, { section: 'Partner' });
    expect(r).toMatchObject({ ok: false, code: 'no-section' });
    expect(r.ok || r.reason).toContain('"Vendor", "End user"');
    const none = insert(grouped, 'yaml', { name: 'D', url: 'https://d.io' });
    expect(none.ok && none.warnings).toContain(
      'no section was given, so the entry went into the most common category, "Vendor"',
    );
  });

  it('refuses a list whose closing bracket shares the last item line, rather than rewrite that line', () => {
    const r = insert('[\n  {"name": "A", "url": "https://a.io"}]\n', 'json', {
      name: 'B',
      url: 'https://b.io',
    });
    expect(r).toMatchObject({ ok: false, code: 'unsafe' });
  });

  it('quotes names a YAML 1.1 reader would take for booleans or numbers, and values with indicators', () => {
    for (const name of ['No', 'Yes', 'on', '1.5', '~', 'A: B', 'Hash #One']) {
      const r = insert(yaml, 'yaml', { name, url: 'https://x.example.com' });
      if (!r.ok) throw new Error(r.reason);
      expect(r.entry.split('\n')[0]).toBe(`  - name: ${JSON.stringify(name)}`);
    }
  });

  it('writes a path for a logo where the siblings name files, and says a maintainer must add the image', () => {
    const file = `- name: A\n  url: https://a.io\n  logo: /img/a.png\n- name: B\n  url: https://b.io\n  logo: /img/b.svg\n`;
    const r = insert(file, 'yaml', { name: 'Zed Co', url: 'https://z.io', logo: 'https://cdn.z.io/z.webp' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry).toContain('logo: /img/zed-co.webp');
    expect(r.warnings.join('\n')).toContain(
      'a maintainer must add the image from https://cdn.z.io/z.webp as /img/zed-co.webp',
    );
    const urls = file.replace(/\/img\//g, 'https://cdn.example.com/');
    const u = insert(urls, 'yaml', { name: 'Zed Co', url: 'https://z.io', logo: 'https://cdn.z.io/z.webp' });
    expect(u.ok && u.entry).toContain('logo: https://cdn.z.io/z.webp');
  });

  it('writes a value in the style most siblings use for its key, their empty values included', () => {
    const file =
      "- name: A\n  url: https://a.io\n  description: ''\n- name: B\n  url: https://b.io\n  description: ''\n- name: C\n  url: https://c.io\n  description: Uses it\n";
    const r = insert(file, 'yaml', { name: 'D', url: 'https://d.io', description: 'Runs it' });
    expect(r.ok && r.entry).toBe("- name: D\n  url: https://d.io\n  description: 'Runs it'");
  });

  it('writes the contact as the siblings write theirs', () => {
    const file = `- name: A\n  url: https://a.io\n  contact: "@alice"\n- name: B\n  url: https://b.io\n  contact: "@bob"\n`;
    const r = insert(file, 'yaml', { name: 'C', url: 'https://c.io', contact: 'carol' });
    expect(r.ok && r.entry).toContain('contact: "@carol"');
  });

  it('maps keys it cannot infer through data-keys, and finds the list through data-path', () => {
    const file = `meta:\n  - {id: 1, tag: x}\nfolks:\n  - who: A\n    where: https://a.io\n  - who: B\n    where: https://b.io\n`;
    const r = insert(file, 'yaml', { name: 'C', url: 'https://c.io' }, { path: 'folks', keys: { name: 'who' } });
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry).toBe('  - who: C\n    where: https://c.io');
    expect(insert(file, 'yaml', { name: 'C', url: 'https://c.io' }, { path: 'nowhere' })).toMatchObject({
      ok: false,
      code: 'no-section',
    });
  });
});
