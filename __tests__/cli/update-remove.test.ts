import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../support/cli.js';

const LIST = [
  '# Adopters',
  '',
  'Kept in alphabetical order.',
  '',
  '- [Acme](https://acme.example.com) - Rockets.',
  '- [Globex](https://globex.example.com) - Pipelines.',
  '- [Initech](https://initech.example.com) - Reports.',
  '- [Umbrella](https://umbrella.example.com) - Research.',
  '',
].join('\n');

describe('adopters update', () => {
  it('rewrites only the URL and prints the contract’s JSON', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(
      ['update', 'ADOPTERS.md', '--entry', 'INITECH', '--url', 'https://initech.example.org', '--json'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      line: 7,
      removed: 1,
      added: 1,
      entry: '- [Initech](https://initech.example.org) - Reports.',
      moved: false,
      warnings: [],
    });
    expect(readFileSync(path, 'utf8')).toBe(LIST.replace('initech.example.com', 'initech.example.org'));
  });

  it('moves a renamed entry and says so', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['update', 'ADOPTERS.md', '--entry', 'Acme', '--name', 'Zenith', '--json'], dir);
    expect(JSON.parse(r.stdout)).toMatchObject({
      line: 8,
      moved: true,
      entry: '- [Zenith](https://acme.example.com) - Rockets.',
    });
    expect(readFileSync(path, 'utf8').split('\n')[7]).toBe('- [Zenith](https://acme.example.com) - Rockets.');
  });

  it('prints a diff and writes nothing with --dry-run', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['update', 'ADOPTERS.md', '--entry', 'Globex', '--description', 'Data.', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '-- [Globex](https://globex.example.com) - Pipelines.\n+- [Globex](https://globex.example.com) - Data.\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(LIST);
  });

  it.each([
    [
      ['--entry', 'Initek', '--url', 'https://x.example.com'],
      'refused: no entry of this name is listed; the closest listed names are "Initech" (line 7)',
    ],
    [
      ['--entry', 'Globex', '--url', 'http://globex.example.com'],
      '--url: uses http://; give the https:// address of the site.',
    ],
    [['--entry', 'Globex', '--name', 'ACME'], 'refused: "Acme" is already listed (line 5)'],
    [['--entry', 'Globex', '--description', 'Pipelines.'], 'refused: nothing to change'],
  ])('refuses %j with exit 1, a reason, and the file untouched', async (args, message) => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['update', 'ADOPTERS.md', ...args], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(LIST);
  });

  it.each([
    [['ADOPTERS.md', '--url', 'https://x.example.com'], 'missing --entry'],
    [
      ['ADOPTERS.md', '--entry', 'Acme'],
      'nothing to change: give at least one of --name, --url, --description, --logo',
    ],
    [['--entry', 'Acme', '--url', 'https://x.example.com'], 'missing <FILE>'],
    [['ADOPTERS.md', '--entry', 'Acme', '--section', 'x'], "Unknown option '--section'"],
  ])('is a usage error (exit 2): %j', async (args, message) => {
    const { dir } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['update', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('adopters remove', () => {
  it('takes out the entry and prints the contract’s JSON', async () => {
    const { dir, path } = tempFile('ADOPTERS.md', LIST);
    const r = await cli(['remove', 'ADOPTERS.md', '--entry', 'umbrella', '--json'], dir);
    expect(JSON.parse(r.stdout)).toEqual({ line: 8, removed: 1, added: 0, entry: null, moved: false, warnings: [] });
    expect(readFileSync(path, 'utf8')).toBe(
      LIST.replace('- [Umbrella](https://umbrella.example.com) - Research.\n', ''),
    );
  });

  it('refuses a name listed twice, naming the lines, and leaves the file untouched', async () => {
    const twice = `${LIST}- [Globex GmbH](https://globex.example.de) - Again.\n`;
    const { dir, path } = tempFile('ADOPTERS.md', twice);
    const r = await cli(['remove', 'ADOPTERS.md', '--entry', 'Globex'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Globex" is listed 2 times (lines 6, 9)');
    expect(readFileSync(path, 'utf8')).toBe(twice);
  });

  it('changes a YAML data file through the data-file engine, in the item’s own quoting', async () => {
    const yaml =
      "- name: Acme\n  url: 'https://acme.example.com'\n- name: Globex\n  url: 'https://globex.example.com'\n";
    const { dir, path } = tempFile('adopters.yaml', yaml);
    const updated = await cli(['update', 'adopters.yaml', '--entry', 'acme', '--url', 'https://acme.example.org'], dir);
    expect(updated.code, updated.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(yaml.replace("'https://acme.example.com'", "'https://acme.example.org'"));
    const removed = await cli(['remove', 'adopters.yaml', '--entry', 'Globex', '--json'], dir);
    expect(JSON.parse(removed.stdout)).toMatchObject({ line: 3, removed: 2, added: 0, entry: null, moved: false });
    expect(readFileSync(path, 'utf8')).toBe("- name: Acme\n  url: 'https://acme.example.org'\n");
  });

  it('is a usage error for a file that cannot be read', async () => {
    const r = await cli(['remove', 'missing.md', '--entry', 'Acme']);
    expect(r.code).toBe(2);
  });
});
