import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../support/cli.js';

const LIST = '# Adopters\n\n- [Acme](https://www.acme.io) - Rockets.\n- [Zulu](https://www.zulu.io) - Everything.\n';
const args = ['--name', 'Mango Metrics', '--url', 'https://mango.example.com', '--description', 'Dashboards.'];

describe('adopters add', () => {
  it('writes the entry and reports where with --json', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['add', 'ADOPTERS.md', ...args, '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      line: 5,
      lines: 1,
      section: 'Adopters',
      order: 'append',
      entry: '- [Mango Metrics](https://mango.example.com) - Dashboards.',
      warnings: [],
      why: {
        container: 'the list of 2 entries at line 3 under "Adopters"',
        order: 'append (only 2 entries)',
        sibling: 'copied the shape of "Zulu" (line 4)',
      },
    });
    expect(readFileSync(path, 'utf8').split('\n')[4]).toBe(out.entry);
  });

  it('prints a unified diff and writes nothing with --dry-run', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['add', 'ADOPTERS.md', ...args, '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/ADOPTERS.md\n+++ b/ADOPTERS.md\n@@ -2,3 +2,4 @@');
    expect(r.stdout).toContain('\n+- [Mango Metrics](https://mango.example.com) - Dashboards.\n');
    expect(readFileSync(path, 'utf8')).toBe(LIST);
  });

  it('adds the diff to the --json object with --dry-run', async () => {
    const { dir } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['add', 'ADOPTERS.md', ...args, '--dry-run', '--json'], dir);
    expect((JSON.parse(r.stdout) as { diff: string }).diff).toMatch(/^--- a\/ADOPTERS.md/);
  });

  it('refuses a file in another markup language, says which, and leaves it untouched', async () => {
    const rst = 'Adopters\n========\n\n- `Acme <https://acme.example.org>`_: Rockets.\n';
    for (const [file, text] of [
      ['ADOPTERS.rst', rst],
      ['powering.php', '<ul>\n  <li><a href="/about" class="menu">About</a></li>\n</ul>\n'],
    ] as const) {
      const { dir, path } = tempFile(file, text);
      const r = await cli(['add', file, ...args], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/written in (reStructuredText|PHP).*by hand/);
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
  });

  it.each([
    ['USERS', '# -*- rd -*-\n\n= Users\n\n  * ((<Acme|URL:https://acme.example.org/>)): rockets.\n', 'RD'],
    ['USERS', '-*- mode: org; coding: utf-8 -*-\n* Users\n- [[https://acme.example.org][Acme]]\n', 'Org'],
    ['users.txt', '.. vim: set filetype=rst :\n\nUsers\n=====\n\n- Acme\n', 'reStructuredText'],
  ])('refuses %s whose mode line says it is %s… in another markup language', async (file, text, language) => {
    const { dir, path } = tempFile(file, text);
    const r = await cli(['add', file, ...args], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`this file is written in ${language}; the bot edits Markdown`);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('edits a Markdown file whose mode line names Markdown or only an encoding', async () => {
    for (const first of ['<!-- -*- mode: markdown -*- -->', '<!-- -*- coding: utf-8 -*- -->']) {
      const text = `${first}\n# Adopters\n\n- [Bravo](https://bravo.example.org)\n- [Zulu](https://zulu.example.org)\n`;
      const { dir } = tempFile('ADOPTERS.md', text);
      const r = await cli(['add', 'ADOPTERS.md', ...args], dir);
      expect(r.code).toBe(0);
    }
  });

  it('refuses a duplicate with exit 1, names the line, and leaves the file untouched', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['add', 'ADOPTERS.md', '--name', 'ACME, Inc.', '--url', 'https://acme.example.com'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Acme" is already listed (line 3)');
    expect(readFileSync(path, 'utf8')).toBe(LIST);
  });

  it('refuses an entry without --url where the entries link to their sites, leaving the file untouched', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['add', 'ADOPTERS.md', '--name', 'Mango Metrics'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("so the new entry needs its website's URL: give it with --url");
    expect(readFileSync(path, 'utf8')).toBe(LIST);
  });

  it('writes an entry without a link where the entries carry none', async () => {
    const plain = '# Users\n\n* Acme\n* Bravo\n* Delta\n* Zulu\n';
    const { dir, path } = tempFile('ADOPTERS.md', plain);
    const r = await cli(['add', 'ADOPTERS.md', '--name', 'Mango Metrics'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('# Users\n\n* Acme\n* Bravo\n* Delta\n* Mango Metrics\n* Zulu\n');
  });

  it('adds to a YAML data file in its own style, and refuses TOML', async () => {
    const { dir, path } = tempFile('adopters.yaml', 'adopters:\n  - name: Acme\n    url: https://acme.example.org\n');
    const r = await cli(['add', 'adopters.yaml', ...args, '--json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 4, lines: 2, section: null, order: 'append' });
    expect(readFileSync(path, 'utf8')).toMatch(/^ {2}- name: .+\n {4}url: https:\/\/.+\n$/m);
    const toml = tempFile('adopters.toml', '[[adopters]]\nname = "Acme"\n');
    const t = await cli(['add', 'adopters.toml', ...args], toml.dir);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('TOML data files are not supported yet');
  });

  it.each([
    [['add'], 'missing <FILE>'],
    [['add', 'ADOPTERS.md', '--url', 'https://x.example.com'], 'missing --name'],
    [['add', 'ADOPTERS.md', '--name', 'X', '--url', 'https://x.example.com', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: adopters add');
  });

  it('exits 2 when the file cannot be read', async () => {
    const r = await cli(['add', 'missing.md', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });

  it('explains itself with --help', async () => {
    const r = await cli(['add', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--section <HEADING>');
  });
});

describe('adopters (no command)', () => {
  it('lists the commands and exits 2 without one, 0 with --help', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('check-links <FILE>');
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
