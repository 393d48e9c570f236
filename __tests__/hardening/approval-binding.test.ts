// Approval is bound to content (THREATS.md rule 3): what a maintainer's label merges must be exactly
// the entry the bot previewed, inserted into the current main — never whatever the branch holds now.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/workflows/dispatch.js';
import { runIntake } from '../../src/workflows/intake.js';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { insertionProblem } from './support/invariant.js';

const APPROVED = 'adopters: approved';
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain', 'writer-wes': 'write' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

async function approve(n: number) {
  fake.repo.issues.addLabels(n, [APPROVED], 'maintainer-mia');
  return dispatch(contextFor(fake), 'issues', {
    action: 'labeled',
    issue: { number: n },
    label: { name: APPROVED },
    sender: { login: 'maintainer-mia', type: 'User' },
  });
}

describe('an approval after someone else pushed to the bot branch', () => {
  // Someone with write access replaces the branch with a commit on main's tip that adds the same entry
  // and a workflow. The PR's marker and base still match; the approval must still merge only what the
  // bot previewed (approve.ts re-commits the proposal on the current tip and merges that commit).
  it('merges only the entry it previewed, never the pushed files', async () => {
    const n = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.com' });
    await runIntake(contextFor(fake), n);
    const main = fake.repo.readFile('main', 'ADOPTERS.md')!;
    const branch = `adopters/issue-${n}`;
    fake.repo.refs.set(`heads/${branch}`, fake.repo.refs.branch('main')!);
    fake.repo.commitFiles(
      branch,
      {
        'ADOPTERS.md': main.replace('- [Initech]', '- [Hooli](https://hooli.com)\n- [Initech]'),
        '.github/workflows/pwned.yml': 'on: push\n',
      },
      { author: 'writer-wes' },
    );
    await approve(n);
    expect(fake.repo.readFile('main', '.github/workflows/pwned.yml')).toBeUndefined();
  });

  it('merges a pure insertion of the previewed entry when the branch was left alone', async () => {
    const n = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.com' });
    await runIntake(contextFor(fake), n);
    const main = fake.repo.readFile('main', 'ADOPTERS.md')!;
    expect((await approve(n)).status).toBe('merged');
    expect(
      insertionProblem(main, fake.repo.readFile('main', 'ADOPTERS.md')!, { name: 'Hooli', url: 'https://hooli.com' }),
    ).toBeUndefined();
  });
});
