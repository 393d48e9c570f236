import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { adopterIssueBody, fileAdopterIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { runApproval, runRejection } from '../../src/workflows/approve.js';
import { runIntake } from '../../src/workflows/intake.js';
import type { Settings } from '../../src/config/settings.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

const APPROVED = 'adopters: approved';
const hooli = { name: 'Hooli', website: 'https://hooli.example.com', description: 'Runs its search on it.' };

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({
    collaborators: {
      'writer-wes': 'write',
      'maintainer-mia': 'maintain',
      'admin-ada': 'admin',
      'triager-tom': 'triage',
      'reader-rae': 'read',
      'reviewer-rex': { role: 'write', roleName: 'security-reviewer' },
    },
  });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

/** A submission with its PR open, then the approval label added by `who`. */
async function submitted(answers = hooli, settings: Partial<Settings> = {}) {
  const n = fileAdopterIssue(fake, answers);
  const intake = await runIntake(contextFor(fake, settings), n);
  expect(intake.status).toBe('pr-created');
  return { n, pr: intake.pull!.number };
}
function approve(n: number, who: string) {
  fake.repo.issues.addLabels(n, [APPROVED], who);
}

describe('approval by label', () => {
  it.each(['writer-wes', 'maintainer-mia', 'admin-ada', 'reviewer-rex'])(
    'merges when %s approves, closes the issue and removes the branch',
    async (who) => {
      const before = fake.repo.readFile('main', 'ADOPTERS.md')!;
      const { n, pr } = await submitted();
      approve(n, who);
      const r = await runApproval(contextFor(fake), n, { login: who, type: 'User' });
      expect(r.status).toBe('merged');
      const after = fake.repo.readFile('main', 'ADOPTERS.md')!;
      expectPureInsertion(
        before,
        after,
        after.indexOf('- [Hooli]'),
        '- [Hooli](https://hooli.example.com) - Runs its search on it.\n',
      );
      expect(fake.repo.pulls.get(pr).merged).toBe(true);
      expect(fake.repo.issues.get(n)).toMatchObject({ state: 'closed', stateReason: 'completed' });
      expect(fake.repo.branches()).toEqual(['main']);
      expect(fake.repo.issues.listComments(n)).toHaveLength(1);
      expect(fake.repo.issues.listComments(n)[0]!.body).toContain('Added');
    },
  );

  it.each([
    ['triager-tom', 'User', 'needs the write permission'],
    ['reader-rae', 'User', 'needs the write permission'],
    ['stranger-sam', 'User', 'needs the write permission'],
    ['dependabot[bot]', 'Bot', 'bots are not approvers'],
    ['octocat', 'User', 'the author of a submission cannot approve it'],
  ])('refuses an approval by %s, removes the label and explains why', async (who, type, why) => {
    const { n, pr } = await submitted();
    approve(n, who);
    const r = await runApproval(contextFor(fake), n, { login: who, type });
    expect(r.status).toBe('unauthorized');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
    expect(fake.repo.issues.get(n).labels).not.toContain(APPROVED);
    const [comment] = fake.repo.issues.listComments(n);
    expect(comment!.body).toContain(why);
    expect(comment!.body).toContain(`\`${who}\``);
    expect(comment!.body).not.toContain(`@${who}`);
  });

  it('counts a maintain-level requirement against a writer', async () => {
    const { n } = await submitted();
    approve(n, 'writer-wes');
    const r = await runApproval(contextFor(fake, { 'approver-permission': 'maintain' }), n, {
      login: 'writer-wes',
      type: 'User',
    });
    expect(r.status).toBe('unauthorized');
  });

  it('lets a listed bot approve', async () => {
    fake.repo.people.add('release-bot[bot]', { role: 'write', type: 'Bot' });
    const { n } = await submitted();
    approve(n, 'release-bot[bot]');
    const r = await runApproval(contextFor(fake, { 'approver-bots': ['release-bot[bot]'] }), n, {
      login: 'release-bot[bot]',
      type: 'Bot',
    });
    expect(r.status).toBe('merged');
  });

  it('fails closed when the permission API errors', async () => {
    const { n, pr } = await submitted();
    approve(n, 'maintainer-mia');
    fake.faults.inject(
      { operationId: 'repos/get-collaborator-permission-level' },
      { kind: 'status', status: 502 },
      { times: 10 },
    );
    await expect(runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).rejects.toThrow();
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
  });

  it('finds who added the label when the run did not see the event (a dropped or re-run run)', async () => {
    const { n } = await submitted();
    approve(n, 'triager-tom');
    expect((await runApproval(contextFor(fake), n)).status).toBe('unauthorized');
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n)).status).toBe('merged');
  });

  it('ignores a replayed event whose label is gone', async () => {
    const { n, pr } = await submitted();
    const r = await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' });
    expect(r.status).toBe('ignored');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
  });

  it('asks for re-approval when the issue was edited after the PR was made', async () => {
    const { n, pr } = await submitted();
    fake.repo.issues.update(
      n,
      { body: adopterIssueBody({ ...hooli, website: 'https://evil.example.com' }) },
      'octocat',
    );
    approve(n, 'maintainer-mia');
    const r = await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' });
    expect(r.status).toBe('re-approval-needed');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
    expect(fake.repo.issues.get(n).labels).not.toContain(APPROVED);
    expect(fake.repo.readFile(`adopters/issue-${n}`, 'ADOPTERS.md')).toContain('https://evil.example.com');
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('please review it again');
  });

  it('merges on a moved base after putting the same entry on it (the approval stands)', async () => {
    const { n, pr } = await submitted();
    const main = fake.repo.readFile('main', 'ADOPTERS.md')!;
    fake.repo.commitFiles('main', {
      'ADOPTERS.md': main.replace('- [Umbrella]', '- [Stark](https://stark.example.com) - Builds suits.\n- [Umbrella]'),
    });
    approve(n, 'maintainer-mia');
    const r = await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' });
    expect(r.status).toBe('merged');
    const after = fake.repo.readFile('main', 'ADOPTERS.md')!;
    expect(after).toContain('- [Stark]');
    expect(after.match(/\[Hooli\]/g)).toHaveLength(1);
    expect(fake.repo.pulls.get(pr).merged).toBe(true);
  });

  it('needs the override label, from an approver, before a flagged look-alike can be approved', async () => {
    const { n, pr } = await submitted({
      name: 'Acme Robotics',
      website: 'https://acme.example.com/robotics',
      description: 'Robots.',
    });
    expect(fake.repo.issues.get(n).labels).toContain('adopters: needs-review');
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe(
      'needs-review',
    );
    fake.repo.issues.addLabels(n, ['adopters: override'], 'triager-tom');
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe(
      'needs-review',
    );
    fake.repo.issues.removeLabel(n, 'adopters: override', 'maintainer-mia');
    fake.repo.issues.addLabels(n, ['adopters: override'], 'maintainer-mia');
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe('merged');
    expect(fake.repo.pulls.get(pr).merged).toBe(true);
  });

  it('leaves the merge to a human with merge-on-approval: false', async () => {
    const { n, pr } = await submitted();
    approve(n, 'maintainer-mia');
    const r = await runApproval(contextFor(fake, { 'merge-on-approval': false }), n, {
      login: 'maintainer-mia',
      type: 'User',
    });
    expect(r.status).toBe('approved');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('Merging is left to a maintainer');
  });
});

describe('merging against the repository settings', () => {
  it('falls back to a merge method the repository allows', async () => {
    fake.repo.settings.allowSquashMerge = false;
    const { n, pr } = await submitted();
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe('merged');
    expect(fake.repo.pulls.get(pr).merged).toBe(true);
  });

  it('turns on auto-merge when required checks block the merge', async () => {
    fake.repo.settings.allowAutoMerge = true;
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'] });
    const { n, pr } = await submitted();
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe(
      'auto-merge',
    );
    expect(fake.repo.pulls.get(pr).autoMerge).not.toBeNull();
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('Auto-merge is on');
  });

  it('explains what blocks the merge when auto-merge is not allowed, leaving the PR ready', async () => {
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'] });
    const { n, pr } = await submitted();
    approve(n, 'maintainer-mia');
    expect((await runApproval(contextFor(fake), n, { login: 'maintainer-mia', type: 'User' })).status).toBe('blocked');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('Required status check');
  });
});

describe('rejection by label', () => {
  it('closes the PR, deletes the branch and closes the issue as not planned with the message', async () => {
    const { n, pr } = await submitted();
    fake.repo.issues.addLabels(n, ['adopters: rejected'], 'maintainer-mia');
    const r = await runRejection(contextFor(fake, { 'reject-message': 'Not an adopter yet, sorry.' }), n, {
      login: 'maintainer-mia',
      type: 'User',
    });
    expect(r.status).toBe('rejected');
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).state).toBe('closed');
    expect(fake.repo.branches()).toEqual(['main']);
    expect(fake.repo.issues.get(n)).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('Not an adopter yet, sorry.');
  });

  it('refuses a rejection by someone without the permission', async () => {
    const { n } = await submitted();
    fake.repo.issues.addLabels(n, ['adopters: rejected'], 'triager-tom');
    const r = await runRejection(contextFor(fake), n, { login: 'triager-tom', type: 'User' });
    expect(r.status).toBe('unauthorized');
    expect(fake.repo.issues.get(n).state).toBe('open');
    expect(fake.repo.issues.get(n).labels).not.toContain('adopters: rejected');
  });
});
