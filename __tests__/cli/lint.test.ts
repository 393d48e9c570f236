import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../support/cli.js';

describe('adopters lint', () => {
  it('is clean on a well-kept file', async () => {
    const { dir } = tempFile(
      'ADOPTERS.md',
      '# Adopters\n\n- [Acme](https://www.acme.io)\n- [Beta](https://www.beta.io)\n',
    );
    const r = await cli(['lint', 'ADOPTERS.md', '--json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, problems: [] });
  });

  it('reports slips in a sorted list, scheme-less links, duplicates and a missing final newline with their lines', async () => {
    const file = [
      '# Adopters',
      '',
      'Kept in alphabetical order.',
      '',
      '- [Acme](https://www.acme.io)',
      '- [Zulu](https://www.zulu.io)',
      '- [Beta](https://www.beta.io)',
      '- [Delta](www.delta.io)',
      '- [Echo](https://www.echo.io)',
      '- [Echo](https://www.echo.io)',
    ].join('\n');
    const { dir } = tempFile('ADOPTERS.md', file);
    const r = await cli(['lint', 'ADOPTERS.md', '--json'], dir);
    expect(r.code).toBe(1);
    const { problems } = JSON.parse(r.stdout) as { problems: { line: number; rule: string }[] };
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [6, 'order'],
      [8, 'link'],
      [10, 'duplicate'],
      [10, 'final-newline'],
    ]);
  });

  it('prints file:line: rule: message lines by default', async () => {
    const { dir } = tempFile('ADOPTERS.md', '- [Acme](https://www.acme.io)\n- [Beta](ttps://www.beta.io)\n');
    const r = await cli(['lint', 'ADOPTERS.md'], dir);
    expect(r.stdout).toBe('ADOPTERS.md:2: link: the link "ttps://www.beta.io" has a broken scheme\n');
    expect(r.stderr).toContain('1 problem found');
  });
});
