// Approval and override labels against the real dispatch, as the labeled event arrives: a label counts
// only from someone whose live permission is high enough, only for the content it was given to, and a
// look-alike needs an approver's override. A refused approval leaves the submission's PR standing.
import { expect } from 'vitest';
import { dispatch } from '../../../src/workflows/dispatch.js';
import type { IntakeRecord, IntakeSpec, Scene } from '../support/intake.js';
import { formBody } from '../support/pure.js';
import type { Category, Outcome } from '../support/tally.js';
import { SHAPES, type IntakeCase, HOOLI } from './types.js';

const APPROVED = 'adopters: approved';
const OVERRIDE = 'adopters: override';
const PEOPLE = { 'maintainer-mia': 'maintain', 'writer-wes': 'write', 'triager-tom': 'triage' } as const;

/** Opens the PR, then `who` adds `label` and the labeled event is dispatched (sent by `sender`, default `who`). */
async function labeled(s: Scene, label: string, who: string, type = 'User', sender = who) {
  s.fake.repo.issues.addLabels(s.issue, [label], who);
  return dispatch(s.ctx, 'issues', {
    action: 'labeled',
    issue: { number: s.issue },
    label: { name: label },
    sender: { login: sender, type },
  });
}

function approval(
  category: Category,
  title: string,
  expect_: Outcome,
  spec: IntakeSpec,
  check?: (r: IntakeRecord) => void,
): IntakeCase {
  const setup = spec.setup;
  return {
    via: 'intake',
    category,
    title,
    expect: expect_,
    spec: {
      answers: HOOLI,
      ...spec,
      setup: async (s) => {
        for (const [login, role] of Object.entries(PEOPLE)) s.fake.repo.people.add(login, { role });
        await setup?.(s);
      },
    },
    check,
  };
}

/**
 * `who` adds `label` to the scene's issue and no labeled event reaches the bot (a dropped run): another
 * person files a second submission, and that run finds the label while it catches up (reconcile.ts).
 */
async function labeledUnseen(s: Scene, label: string, who: string) {
  s.fake.repo.issues.addLabels(s.issue, [label], who);
  const other = s.fake.repo.issues.create({
    title: 'Adopter: Vandelay',
    body: formBody({ name: 'Vandelay Industries', website: 'https://vandelay.com' }),
    labels: ['adopter'],
    author: 'kramer',
  }).number;
  return dispatch(s.ctx, 'issues', {
    action: 'opened',
    issue: { number: other },
    sender: { login: 'kramer', type: 'User' },
  });
}

/** The label's author was looked up in the issue's events (there was no sender to judge). */
const judgedFromEvents = (r: IntakeRecord) =>
  expect(
    r.scene.fake.calls('issues/list-events').some((c) => String(c.params.issue_number) === String(r.scene.issue)),
  ).toBe(true);

const merged = (r: IntakeRecord) => r.scene.fake.calls('pulls/merge').some((c) => c.status === 200);
/** The approval was not acted on: nothing merged, the label gone from the issue. */
const notMerged = (r: IntakeRecord): Outcome => (!merged(r) && !r.labels.includes(APPROVED) ? 'refused' : 'accepted');
const heldForReview = (r: IntakeRecord): Outcome =>
  !merged(r) && r.labels.includes('adopters: needs-review') ? 'neutralized' : 'accepted';
/** A look-alike of the listed "Globex" (Cyrillic о), with a website of its own. */
const LOOKALIKE = { ...HOOLI, name: 'Glоbex', website: 'https://globex-cloud.com' };

export const APPROVAL_CASES: IntakeCase[] = [
  approval('authorization', 'does not merge on an approval label added by a triage user', 'refused', {
    act: async (s) => (await s.intake(), labeled(s, APPROVED, 'triager-tom')),
    observe: notMerged,
    stands: true,
  }),
  approval('authorization', 'does not let a submitter with write access approve their own submission', 'refused', {
    author: 'writer-wes',
    act: async (s) => (await s.intake(), labeled(s, APPROVED, 'writer-wes')),
    observe: notMerged,
    stands: true,
  }),
  approval(
    'authorization',
    "does not merge on an approval label a read-only user added, found in the issue's events during another issue's run",
    'refused',
    {
      act: async (s) => {
        await s.intake();
        s.fake.repo.people.add('reader-rita', { role: 'read' });
        return labeledUnseen(s, APPROVED, 'reader-rita');
      },
      observe: notMerged,
      stands: true,
    },
    judgedFromEvents,
  ),
  approval(
    'authorization',
    "merges on an approval label a maintainer added, found in the issue's events during another issue's run",
    'accepted',
    {
      act: async (s) => (await s.intake(), labeledUnseen(s, APPROVED, 'maintainer-mia')),
      observe: (r) => (merged(r) ? 'accepted' : 'refused'),
    },
    judgedFromEvents,
  ),
  approval('authorization', 'does not count an approval by an unlisted bot', 'refused', {
    act: async (s) => (await s.intake(), labeled(s, APPROVED, 'renovate[bot]', 'Bot')),
    observe: notMerged,
    stands: true,
  }),
  approval('authorization', 'does not count an approval added with its own token', 'refused', {
    act: async (s) => (await s.intake(), labeled(s, APPROVED, 'github-actions[bot]', 'Bot')),
    observe: notMerged,
    stands: true,
  }),
  approval('authorization', 'fails closed, merging nothing, when the permission API keeps failing', 'refused', {
    act: async (s) => {
      await s.intake();
      s.fake.faults.inject(
        { operationId: 'repos/get-collaborator-permission-level' },
        { kind: 'status', status: 502 },
        { times: 10 },
      );
      return labeled(s, APPROVED, 'maintainer-mia');
    },
    throws: /502|Server Error|Bad Gateway/i,
    observe: (r) => (merged(r) ? 'accepted' : 'refused'),
    stands: true,
  }),
  approval(
    'TOCTOU and re-runs',
    "checks the approver's permission when the run happens, not when the label was added",
    'refused',
    {
      act: async (s) => {
        await s.intake();
        s.fake.repo.issues.addLabels(s.issue, [APPROVED], 'maintainer-mia');
        s.fake.repo.people.add('maintainer-mia', { role: 'read' });
        return dispatch(s.ctx, 'issues', {
          action: 'labeled',
          issue: { number: s.issue },
          label: { name: APPROVED },
          sender: { login: 'maintainer-mia', type: 'User' },
        });
      },
      observe: notMerged,
      stands: true,
    },
  ),
  approval('TOCTOU and re-runs', 'ignores a replayed approval event whose label was removed since', 'refused', {
    act: async (s) => {
      await s.intake();
      s.fake.repo.issues.addLabels(s.issue, [APPROVED], 'maintainer-mia');
      s.fake.repo.issues.removeLabel(s.issue, APPROVED, 'maintainer-mia');
      return dispatch(s.ctx, 'issues', {
        action: 'labeled',
        issue: { number: s.issue },
        label: { name: APPROVED },
        sender: { login: 'maintainer-mia', type: 'User' },
      });
    },
    observe: notMerged,
    stands: true,
  }),
  approval(
    'TOCTOU and re-runs',
    'does not merge content edited into the issue after the approval was given',
    'refused',
    {
      act: async (s) => {
        await s.intake();
        s.fake.repo.issues.addLabels(s.issue, [APPROVED], 'maintainer-mia');
        s.fake.repo.issues.update(
          s.issue,
          { body: formBody({ ...HOOLI, name: 'Hooli Evil', website: 'https://hooli-evil.com' }) },
          'octocat',
        );
        return dispatch(s.ctx, 'issues', {
          action: 'labeled',
          issue: { number: s.issue },
          label: { name: APPROVED },
          sender: { login: 'maintainer-mia', type: 'User' },
        });
      },
      observe: notMerged,
      stands: true,
    },
  ),
  approval(
    'TOCTOU and re-runs',
    'refuses on approval an organization that main meanwhile lists, closing its PR',
    'refused',
    {
      act: async (s) => {
        await s.intake();
        s.pushMain(SHAPES.list.replace('- [Initech]', '- [Hooli](https://hooli.com) - Added by hand.\n- [Initech]'));
        return labeled(s, APPROVED, 'maintainer-mia');
      },
    },
    (r) => expect(r.botPulls.map((p) => p.state)).toEqual(['closed']),
  ),
  approval(
    'TOCTOU and re-runs',
    'merges a maintainer-approved submission as a pure insertion into the moved main',
    'accepted',
    {
      act: async (s) => {
        await s.intake();
        s.pushMain(`${SHAPES.list}\nUpdated by a maintainer.\n`);
        return labeled(s, APPROVED, 'maintainer-mia');
      },
      observe: (r) => (merged(r) ? 'accepted' : 'refused'),
    },
  ),
  approval('Unicode', 'holds an approved look-alike of a listed name until an approver overrides', 'neutralized', {
    answers: LOOKALIKE,
    act: async (s) => (await s.intake(), labeled(s, APPROVED, 'maintainer-mia')),
    observe: heldForReview,
    stands: true,
  }),
  approval('authorization', 'does not count an override label added by a triage user', 'neutralized', {
    answers: LOOKALIKE,
    act: async (s) => {
      await s.intake();
      s.fake.repo.issues.addLabels(s.issue, [OVERRIDE], 'triager-tom');
      return labeled(s, APPROVED, 'maintainer-mia');
    },
    observe: (r) => (merged(r) ? 'accepted' : 'neutralized'),
    stands: true,
  }),
  approval('Unicode', 'merges a look-alike only once a maintainer added the override label', 'accepted', {
    answers: LOOKALIKE,
    act: async (s) => {
      await s.intake();
      s.fake.repo.issues.addLabels(s.issue, [OVERRIDE], 'maintainer-mia');
      return labeled(s, APPROVED, 'maintainer-mia');
    },
    observe: (r) => (merged(r) ? 'accepted' : 'refused'),
  }),
];
