// Whole intake runs on the fake GitHub: who is trusted, what a re-run reads, what reaches GitHub's
// comments, pull requests and the log when the issue, its labels or the file are hostile.
import { expect } from 'vitest';
import { normalizeOrganizationName } from '../../../src/submission/normalize-name.js';
import { dispatch } from '../../../src/workflows/dispatch.js';
import { COMMENT_MARKER, renderPrMarker } from '../../../src/workflows/markers.js';
import { DEFAULT_ISSUE_FORM } from '../../../src/submission/default-form.js';
import { FILE, type IntakeRecord } from '../support/intake.js';
import { formBody } from '../support/pure.js';
import type { Outcome } from '../support/tally.js';
import { SHAPES, type IntakeCase, HOOLI, intakeCase } from './types.js';

const BOT = 'github-actions[bot]';
const FORGED = `${COMMENT_MARKER}\n### ✅ Approved by the maintainers`;

const botComments = (r: IntakeRecord) => r.comments.filter((c) => c.author === BOT);
/** The forged comment is still the user's and untouched, and the bot wrote its own. */
const forgedIgnored =
  (login: string) =>
  (r: IntakeRecord): Outcome =>
    r.comments.some((c) => c.author === login && c.body === FORGED) &&
    botComments(r).length === 1 &&
    r.status === 'pr-created'
      ? 'neutralized'
      : 'accepted';
const openedAnyway = (r: IntakeRecord): Outcome => (r.status === 'pr-created' ? 'neutralized' : 'refused');

export const INTAKE_CASES: IntakeCase[] = [
  // Authorization: only the bot's own comments and pull requests are state.
  intakeCase(
    'authorization',
    "ignores a user's comment carrying the bot's sticky marker and writes its own",
    'neutralized',
    {
      setup: (s) => void s.fake.repo.issues.addComment(s.issue, FORGED, 'mallory'),
      observe: forgedIgnored('mallory'),
    },
  ),
  intakeCase('authorization', "ignores a marker comment by 'github-actions' (a user, not the bot)", 'neutralized', {
    setup: (s) => void s.fake.repo.issues.addComment(s.issue, FORGED, 'github-actions'),
    observe: forgedIgnored('github-actions'),
  }),
  intakeCase(
    'authorization',
    "does not count a user's pull request with a forged marker as a proposal of the same organization",
    'neutralized',
    {
      setup: (s) => {
        s.fake.repo.commitFiles('mallory/block', { 'notes.md': 'x' }, { author: 'mallory' });
        const marker = renderPrMarker({ issue: 999, hash: 'a'.repeat(64), name: normalizeOrganizationName('Hooli') });
        s.fake.repo.pulls.create(
          { title: 'Add Hooli', head: 'mallory/block', base: 'main', body: marker },
          { login: 'mallory', kind: 'pat' },
        );
      },
      observe: openedAnyway,
    },
  ),
  intakeCase(
    'authorization',
    'opens a pull request but merges nothing when the issue is filed with the approval label',
    'neutralized',
    {
      labels: ['adopter', 'adopters: approved'],
      act: (s) => s.intake(),
      observe: (r) =>
        r.status === 'pr-created' && r.scene.fake.calls('pulls/merge').length === 0 ? 'neutralized' : 'accepted',
    },
  ),
  intakeCase('authorization', "acts on no '/approve' comment by the submitter", 'neutralized', {
    setup: (s) => void s.fake.repo.issues.addComment(s.issue, '/approve\nadopters: approved', 'octocat'),
    observe: (r) =>
      r.scene.fake.calls('pulls/merge').length === 0 && r.status === 'pr-created' ? 'neutralized' : 'accepted',
  }),
  intakeCase(
    'authorization',
    "reads the form from the default branch, not a submitter's branch without the consent box",
    'refused',
    {
      answers: { ...HOOLI, consent: false },
      setup: (s) =>
        void s.fake.repo.commitFiles('mallory/form', {
          '.github/ISSUE_TEMPLATE/adopter.yml': DEFAULT_ISSUE_FORM.replace(/ {2}- type: checkboxes[^]*$/, ''),
        }),
    },
  ),
  intakeCase(
    'authorization',
    'fails the run, writing nothing, when the form on main would apply the approval label itself',
    'refused',
    {
      files: {
        '.github/ISSUE_TEMPLATE/adopter.yml': DEFAULT_ISSUE_FORM.replace(
          "labels: ['adopter']",
          "labels: ['adopter', 'adopters: approved']",
        ),
      },
      throws: /applies the label "adopters: approved"/,
    },
  ),
  intakeCase('authorization', 'ignores an issue number that is a pull request', 'refused', {
    act: async (s) => {
      s.fake.repo.commitFiles('feature', { 'x.md': 'x' });
      const pr = s.fake.repo.pulls.create(
        { title: 'x', head: 'feature', base: 'main', body: formBody(HOOLI) },
        { login: 'octocat', kind: 'pat' },
      );
      return s.intake(pr.number);
    },
  }),
  intakeCase('authorization', 'leaves a locked issue alone', 'refused', {
    setup: (s) => void (s.fake.repo.issues.get(s.issue).locked = true),
  }),
  intakeCase(
    'authorization',
    "answers an issue that only carries the routing label with the form's requirements, not a PR",
    'refused',
    {
      body: 'Please add us: Hooli, https://hooli.com',
    },
  ),
  // TOCTOU and re-runs: every run reads the live issue, the live base and the live pull requests.
  intakeCase(
    'TOCTOU and re-runs',
    'reads the live issue, not the replayed event, when the issue was edited to something invalid',
    'refused',
    {
      setup: (s) =>
        void s.fake.repo.issues.update(
          s.issue,
          { body: formBody({ ...HOOLI, website: 'http://hooli.com' }) },
          'octocat',
        ),
      act: (s) => dispatch(s.ctx, 'issues', { action: 'opened', issue: { number: s.issue } }),
    },
  ),
  intakeCase('TOCTOU and re-runs', 'does nothing for an issue closed after the event was sent', 'refused', {
    setup: (s) => void s.fake.repo.issues.update(s.issue, { state: 'closed' }, 'octocat'),
  }),
  intakeCase(
    'TOCTOU and re-runs',
    'closes its pull request when main meanwhile lists the same organization',
    'refused',
    {
      act: async (s) => {
        await s.intake();
        s.pushMain(SHAPES.list.replace('- [Initech]', '- [Hooli](https://hooli.com) - Added by hand.\n- [Initech]'));
        return s.intake();
      },
    },
    (r) => expect(r.botPulls.map((p) => p.state)).toEqual(['closed']),
  ),
  intakeCase(
    'TOCTOU and re-runs',
    'keeps its one-commit pure insertion when main moves under an open pull request',
    'accepted',
    {
      act: async (s) => {
        await s.intake();
        s.pushMain(`${SHAPES.list}\nUpdated by a maintainer.\n`);
        return s.intake();
      },
    },
  ),
  intakeCase(
    'TOCTOU and re-runs',
    'drops the approval label when the issue is edited to another organization after approval',
    'accepted',
    {
      labels: ['adopter', 'adopters: approved'],
      act: async (s) => {
        await s.intake();
        s.fake.repo.issues.update(
          s.issue,
          { body: formBody({ ...HOOLI, name: 'Pied Piper', website: 'https://piedpiper.com' }) },
          'octocat',
        );
        return s.intake();
      },
    },
    (r) => expect(r.labels).not.toContain('adopters: approved'),
  ),
  intakeCase(
    'TOCTOU and re-runs',
    'writes nothing the second time the same event is delivered',
    'accepted',
    {
      act: async (s) => {
        await s.intake();
        s.fake.log.clear();
        return s.intake();
      },
    },
    (r) => expect(r.scene.fake.writes()).toEqual([]),
  ),
  intakeCase(
    'TOCTOU and re-runs',
    'refuses a second issue for an organization another open pull request proposes',
    'refused',
    {
      act: async (s) => {
        const first = s.fake.repo.issues.create({
          title: 'Adopter: Hooli',
          body: formBody(HOOLI),
          labels: ['adopter'],
          author: 'alice',
        }).number;
        await s.intake(first);
        return s.intake();
      },
    },
    (r) => expect(botComments(r)[0]?.body).toContain('already proposed in another pull request'),
  ),
  intakeCase(
    'TOCTOU and re-runs',
    'fails loudly and writes nothing when the adopters file was removed from main',
    'refused',
    {
      setup: (s) => s.pushMain(null),
      throws: new RegExp(`the adopters file ${FILE} is not on the branch`),
    },
  ),
];
