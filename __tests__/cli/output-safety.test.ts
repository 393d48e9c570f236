// No line any command prints can be a workflow command (THREATS.md rule 1): the CLI runs in workflows,
// on files, issue bodies and settings that other people wrote. The runner reads `::name::` at the start
// of a line (after blanks) and `##[name]` anywhere in it, and ends lines on CR as well as LF.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/default-form.js';
import { commandSafeJson, commandSafeWriter, defuseWorkflowCommands } from '../../src/text/workflow-commands.js';
import { formBody } from '../hardening/support/pure.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../../test-support/temp-dir.js';

/** Lines a runner would read as a workflow command. */
const commands = (text: string) =>
  text.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));

/** A repository whose adopters file, form and settings are full of workflow commands. */
function hostileRepo(): string {
  const dir = tempDir('adopters-hostile-out-');
  const files: Record<string, string> = {
    'ADOPTERS.md': [
      '# Adopters ##[add-mask]x',
      '',
      '## ::add-mask::Vendors',
      '',
      '- [Zulu ##[error]Corp](https://zulu.com) - ::set-output name=a::b',
      '- [::warning::Acme](https://hooli.com)',
      '- [Beta](./::add-mask::missing.md)',
      '- [Gamma](www.##[error]gamma.com)',
      '- [Zulu ##[error]Corp](https://zulu.example.com)',
      '',
      '::add-mask::a footnote, shown as context in a diff',
      '',
      '## Users ##[error]x',
      '',
      '- [Delta](https://delta.com)',
      '',
    ].join('\n'),
    'BASE.md': '# Adopters\n\n- [Acme](https://acme.com)\n',
    'docs/##[error]adopters.md': '# Adopters\n\n- [Acme](https://acme.com)\n',
    'form.yml': DEFAULT_ISSUE_FORM,
    '.github/adopters.yml': 'adopters-file: "docs/::add-mask::x\\n##[add-mask]y.md"\nlabel-approved: "::error::x"\n',
    '.github/ISSUE_TEMPLATE/adopter.yml': DEFAULT_ISSUE_FORM.replace(
      'Organization name',
      'Organization ##[error] name',
    ),
    '.github/workflows/adopters.yml': 'name: "::add-mask::x"\non: issues\njobs: {}\n',
    'issue.md': formBody({
      name: 'Hooli',
      website: 'https://hooli.com/::add-mask::x',
      description: 'x\r::error::y ##[z]',
    }),
    'valid.md': formBody({ name: 'Hooli', website: 'https://hooli.com', description: 'Search.' }),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('every command on hostile files prints no workflow command', () => {
  const dir = hostileRepo();
  it.each([
    ['add, refused as a duplicate', ['add', 'ADOPTERS.md', '--name', 'Zulu Error Corp', '--url', 'https://zulu.net']],
    [
      'add, with a warning quoting a listed name',
      ['add', 'ADOPTERS.md', '--name', 'Hooli', '--url', 'https://hooli.com/x', '--dry-run'],
    ],
    ['add --json', ['add', 'ADOPTERS.md', '--name', 'Hooli', '--url', 'https://hooli.com/x', '--dry-run', '--json']],
    ['add with hostile flags', ['add', 'ADOPTERS.md', '--name', '::add-mask::x', '--url', 'https://x.com/##[error]']],
    [
      'add into an unknown section',
      ['add', 'ADOPTERS.md', '--name', 'Hooli', '--url', 'https://hooli.com', '--section', '::add-mask::x'],
    ],
    ['validate', ['validate', 'issue.md']],
    ['validate --json', ['validate', 'issue.md', '--json']],
    ['preview', ['preview', 'valid.md', '--file', 'ADOPTERS.md', '--template', 'form.yml']],
    ['preview with the repository’s hostile form', ['preview', 'valid.md', '--file', 'ADOPTERS.md']],
    ['lint', ['lint', 'ADOPTERS.md']],
    ['lint --json', ['lint', 'ADOPTERS.md', '--json']],
    ['lint --baseline', ['lint', 'ADOPTERS.md', '--baseline', 'BASE.md']],
    ['check-links', ['check-links', 'ADOPTERS.md', '--timeout', '1']],
    ['check-links --json', ['check-links', 'ADOPTERS.md', '--json', '--timeout', '1']],
    ['init --dry-run', ['init', '.', '--dry-run', '--file', 'docs/##[error]adopters.md']],
    ['doctor', ['doctor', '.']],
    ['doctor --json', ['doctor', '.', '--json']],
    ['an unknown command', ['::add-mask::x']],
    ['a usage error', ['add', '##[error]x.md', '--name']],
  ])('%s', async (_what, argv) => {
    const r = await cli(argv, dir);
    expect(commands(r.stdout)).toEqual([]);
    expect(commands(r.stderr)).toEqual([]);
    if (argv.includes('--json') && r.stdout) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('commandSafeWriter', () => {
  const through = (chunks: string[]) => {
    let out = '';
    const write = commandSafeWriter((t) => (out += t));
    for (const chunk of chunks) write(chunk);
    return out;
  };

  it.each([
    ['a command at the start', ['::add-mask::x\n']],
    ['a command after blanks and U+0085', [' \t\u0085::add-mask::x\n']],
    ['a command after a bare CR', ['ok\r::error::x\n']],
    ['a command split between two writes', ['  :', ':add-mask::x\n']],
    ['a legacy command split between two writes', ['text #', '#[error]x\n']],
    ['a command after a line break at the end of a write', ['ok\n', '::warning::x']],
    ['a command after a CR at the end of a write', ['ok\r', '::warning::x']],
  ])('defuses %s', (_what, chunks) => {
    const out = through(chunks);
    expect(commands(out)).toEqual([]);
    expect(out.replace(/ /g, '')).toBe(chunks.join('').replace(/ /g, ''));
  });

  it('changes nothing else', () => {
    const text = 'Added at line 7 in "Vendors" (append order).\n--- a/ADOPTERS.md\n+- [A::B](https://a.com) #1\n';
    expect(through([text.slice(0, 9), text.slice(9)])).toBe(text);
    expect(defuseWorkflowCommands(text)).toBe(text);
  });

  it('leaves JSON that commandSafeJson wrote untouched, and its value unchanged', () => {
    const value = { entry: '::add-mask::x', note: 'a ##[error] b ###[c]', line: 'x\u2028::y' };
    const json = commandSafeJson(value, 2);
    expect(through([json])).toBe(json);
    expect(commands(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual(value);
  });
});
