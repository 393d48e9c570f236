import { afterEach, describe, expect, it } from 'vitest';
import { planInit } from '../../src/init/plan-init.js';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/index.js';
import { type FakeGitHub, startFakeGitHub } from '../../test-support/fake-github/index.js';
import { ADOPTERS_REPO_FILES, runAction, webhookEvents } from '../../test-support/harness/index.js';

// The bundled action in `mode: doctor`, as examples/workflows/adopters-doctor.yml runs it.
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const ADOPTERS = ADOPTERS_REPO_FILES['ADOPTERS.md']!;
/** What `adopters init` writes for the fixture's ADOPTERS.md: the setup to check. */
const initialized = async () =>
  Object.fromEntries(
    (await planInit({ adopters: { path: 'ADOPTERS.md', text: ADOPTERS }, defaultBranch: 'main' })).files.map((f) => [
      f.path,
      f.text,
    ]),
  );

const doctor = (dryRun: boolean) =>
  runAction({ fake, ...webhookEvents(fake).workflowDispatch(), inputs: { mode: 'doctor', 'dry-run': dryRun } });

describe('the doctor', () => {
  it('reports each misconfiguration with what to change, and writes nothing in dry-run', async () => {
    const files = await initialized();
    const intake = files['.github/workflows/adopters.yml']!;
    const linksWorkflow = files['.github/workflows/adopters-links.yml']!;
    fake = await startFakeGitHub({
      // the doctor workflow's own permissions, with the workflow token
      tokenPermissions: { contents: 'read', issues: 'write', pull_requests: 'read' },
      allowRebaseMerge: false,
      files: {
        ...files,
        'ADOPTERS.md': ADOPTERS.replace(
          '- [Acme Corp]',
          '- [Zeta](https://zeta.example.com) - Sorts last.\n- [Acme Corp]',
        ),
        '.github/adopters.yml': 'merge-method: rebase\n',
        '.github/ISSUE_TEMPLATE/adopter.yml': DEFAULT_ISSUE_FORM.replace(
          "labels: ['adopter']",
          "labels: ['adopter', 'adopters: approved']",
        ),
        '.github/workflows/adopters.yml': intake.replace('      pull-requests: write\n', ''),
        '.github/workflows/adopters-links.yml': linksWorkflow.replace('  workflow_dispatch:\n', ''),
      },
    });
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'], requiredApprovingReviewCount: 1 });
    const run = await doctor(true);

    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('problems');
    expect(run.stdout).toContain('::error::The doctor found problems: the job summary says what to change.');
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    const expected: [string, string][] = [
      ['job "adopters" lacks pull-requests: write', "add `pull-requests: write` to the job's permissions"],
      ['a schedule but no workflow_dispatch', 'add workflow_dispatch: to on:'],
      ['the form applies the label "adopters: approved"', 'remove "adopters: approved" from the form'],
      [
        'main requires status checks ("ci") that never run on pull requests opened with the workflow token',
        'GitHub App',
      ],
      [
        'merge-method is rebase, which this repository does not allow; the bot falls back to squash',
        'set merge-method: squash',
      ],
      ['"adopter" does not exist', 'run the doctor workflow with dry-run off'],
      ['ADOPTERS.md has 1 problem a reviewer would point out', 'npx adopters-bot lint ADOPTERS.md'],
      ["GitHub disables the link check's schedule after 60 days without activity", 'Run workflow'],
    ];
    for (const [message, fix] of expected)
      expect(
        rows.find((r) => r.includes(message) && r.includes(fix)),
        message,
      ).toBeDefined();
    expect(rows).toHaveLength(expected.length + 1); // and the other missing labels
    expect(run.summary).toContain('(https://github.com/octo-org/octo-project/settings/actions)');
    expect(run.summary).toContain('the token cannot read the Actions settings (403');
    expect(fake.writes()).toEqual([]);
  });

  it('creates the missing labels, then reports a clean setup green', async () => {
    const files = await initialized();
    fake = await startFakeGitHub({
      token: 'ghs_fakeAppToken',
      tokenKind: 'app',
      tokenLogin: 'adopters-app[bot]',
      private: true,
      files: {
        ...files,
        'ADOPTERS.md': ADOPTERS,
        '.github/adopters.yml': `${files['.github/adopters.yml']}bot-login: adopters-app[bot]\n`,
      },
    });
    const run = await doctor(false);
    expect(run.code, run.summary).toBe(0);
    expect(run.outputs.status).toBe('healthy');
    expect(run.summary).toContain('### ✅ adopters-bot doctor: all is well');
    expect(run.summary).toContain('created adopter, adopter-change, adopters: needs-changes');
    expect(fake.repo.labels.find('adopters: approved')).toMatchObject({ color: '0e8a16' });

    fake.log.clear();
    const again = await doctor(false);
    expect(again.outputs.status).toBe('healthy');
    expect(fake.calls('issues/create-label')).toEqual([]);
  });
});
