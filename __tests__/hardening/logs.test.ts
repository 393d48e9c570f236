// Untrusted text never reaches the log raw (THREATS.md rule 1): the bundled action, run as the runner
// runs it, on hostile issue titles, bodies, labels and sender logins. The runner reads a line as a
// workflow command when it starts with `::` (after leading whitespace) or holds `##[` anywhere, and it
// ends a line on CR as well as LF; so every line of stdout and stderr is checked in those terms.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { runAction, startAdoptersFake, webhookEvents, type ActionRun } from '../../test-support/harness/index.js';
import { formBody } from './support/pure.js';

const GHP = `ghp_${'Zq9'.repeat(12)}`;
const PAT = `github_pat_11ABCDEFG0${'x7Y'.repeat(20)}`;
/** Every shape GitHub gives its tokens (classic, fine-grained, app, OAuth, refresh). */
const TOKEN_SHAPED = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/;
/** The commands @actions/core writes for the action itself (its data escaped by core). */
const OWN_COMMAND = /^::(?:error|warning|notice|debug|group|endgroup)(?: [^:]*)?::/;
const OUTPUTS = new Set([
  'status',
  'issue-number',
  'pr-number',
  'pr-url',
  'checked',
  'broken',
  'unverifiable',
  'report-issue',
]);

const HOSTILE_TITLE =
  'Adopter ::set-output name=status::merged\r::add-mask::Hooli\n%0A::error::pwned ##[add-mask]Hooli \u2028::warning::x';
const HOSTILE_LABELS = [
  'adopter',
  '::add-mask::Organization',
  '##[set-output name=status;]merged',
  'x\r::stop-commands::y',
];
const HOSTILE_SENDER = '::error::sender##[add-mask]x';

let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

/** Lines as the runner splits them (`TextReader.ReadLine`: CR, LF or CRLF). */
function runnerLines(run: ActionRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/);
}

function expectCleanLog(run: ActionRun): void {
  const lines = runnerLines(run);
  const own = (l: string) => OWN_COMMAND.test(l.trimStart());
  expect(lines.filter((l) => l.trimStart().startsWith('::') && !own(l))).toEqual([]);
  // Inside one of the action's own commands `##[` is data: the runner parses the `::` form first.
  expect(lines.filter((l) => l.includes('##[') && !own(l))).toEqual([]);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(TOKEN_SHAPED);
  expect(`${run.stdout}${run.stderr}`).not.toContain(fake.token);
  expect(Object.keys(run.outputs).filter((k) => !OUTPUTS.has(k))).toEqual([]);
}

function fileIssue(body: string): number {
  return fake.repo.issues.create({ title: HOSTILE_TITLE, body, labels: HOSTILE_LABELS, author: 'octocat' }).number;
}

describe('the bundled action on hostile payloads', () => {
  it('opens the pull request for a valid submission and logs nothing of the hostile title, labels, sender or tokens', async () => {
    fake = await startAdoptersFake({ token: `ghs_${'S3cr3t'.repeat(6)}` });
    const n = fileIssue(
      formBody({ name: 'Hooli', website: 'https://hooli.com', description: `Rotates ${GHP} and ${PAT} daily` }),
    );
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number: n, sender: HOSTILE_SENDER }),
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('pr-created');
    expectCleanLog(run);
  });

  it('refuses an invalid submission full of workflow commands and logs none of them', async () => {
    fake = await startAdoptersFake();
    const n = fileIssue(
      formBody({
        name: '::set-output name=status::merged',
        website: 'https://hooli.com/%0A::add-mask::x',
        description: `ok\n::add-mask::Failed\r::error::y\u2028::warning::z ##[add-mask]x ${GHP}`,
        contact: '%0A::stop-commands::x',
      }),
    );
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('edited', { number: n, sender: HOSTILE_SENDER }),
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('invalid');
    expectCleanLog(run);
  });

  it('fails a run with an error message that stays one escaped command', async () => {
    fake = await startAdoptersFake({
      extraFiles: { '.github/adopters.yml': 'adopters-file: "docs/::add-mask::x\\n##[add-mask]y.md"\n' },
    });
    const n = fileIssue(formBody({ name: 'Hooli', website: 'https://hooli.com' }));
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number: n, sender: HOSTILE_SENDER }),
    });
    expect(run.code).toBe(1);
    expect(runnerLines(run).some((l) => l.startsWith('::error::'))).toBe(true);
    expectCleanLog(run);
  });
});
