import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { tempDir } from '../../test-support/temp-dir.js';

describe('adopters doctor', () => {
  it('lists what is missing in a bare repository, each with its fix, and exits 1', async () => {
    const dir = tempDir('adopters-doctor-');
    const r = await cli(['doctor', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error   Issue form: .github/ISSUE_TEMPLATE/adopter.yml is missing: nobody can file the adopter form\n' +
        '        fix: run `npx adopters-bot init`',
    );
    expect(r.stdout).toContain('error   Adopters file: ADOPTERS.md is missing');
    expect(r.stdout).toContain('error   Workflows: no workflow runs adopters-bot on issues events');
    expect(r.stdout).toMatch(/\nDoctor: 3 errors, 0 warnings, \d notes; each says what to change\.\n$/);
  });

  it('reads the settings from .github/adopters.yml and reports their mistakes by line, as JSON too', async () => {
    const dir = tempDir('adopters-doctor-');
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github/adopters.yml'),
      'adopters-file: USERS.md\nlabel-approved: 3\nmerge-method: fast\n',
    );
    const r = await cli(['doctor', dir, '--json']);
    const { status, findings } = JSON.parse(r.stdout) as { status: string; findings: { message: string }[] };
    expect(status).toBe('problems');
    expect(findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining('.github/adopters.yml line 3: "merge-method" must be one of: squash, merge, rebase'),
    );
  });

  it('is a usage error for a folder that does not exist', async () => {
    expect((await cli(['doctor', '/nonexistent/adopters-doctor'])).code).toBe(2);
  });
});
