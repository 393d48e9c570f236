import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { ADOPTERS_REPO_FILES, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { runCheckPr } from '../../src/workflows/check-pr.js';
import { dispatch } from '../../src/workflows/dispatch.js';

// The check of hand-made pull requests, in-process through the real adapters, with the read-only
// token a `pull_request` run from a fork gets.
const BASE = ADOPTERS_REPO_FILES['ADOPTERS.md']!;
const GLOBEX = '- [Globex](https://globex.example.org) - Schedules nightly data pipelines with it.';
const HOOLI = '- [Hooli](https://hooli.example.com) - Runs its search on it.';
const withLine = (source: string, anchor: string, line: string) =>
  source.replace(`${anchor}\n`, `${anchor}\n${line}\n`);

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ tokenPermissions: { contents: 'read', pull_requests: 'read' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

/** A pull request by octocat from `branch` that sets ADOPTERS.md to `text`. */
function handMadePull(text: string, branch = 'add-hooli', author = 'octocat'): number {
  fake.repo.commitFiles(branch, { 'ADOPTERS.md': text }, { author });
  return fake.repo.pulls.create({ title: 'Add Hooli', head: branch, base: 'main' }, { login: author, kind: 'pat' })
    .number;
}

describe('the pull request check', () => {
  it('passes a well-formed entry in its place, with a green summary and no annotation', async () => {
    const number = handMadePull(withLine(BASE, GLOBEX, HOOLI));
    const ctx = contextFor(fake);
    const result = await runCheckPr(ctx, number);
    expect(result).toMatchObject({ status: 'passed', problems: [] });
    expect(ctx.reporter.lines.filter((l) => l.startsWith('annotation'))).toEqual([]);
    expect(ctx.reporter.summaries.join('\n')).toContain('The change adds no problem');
  });

  it.each([
    [
      'out of order',
      withLine(BASE, '- [Acme Corp](https://acme.example.com) - Runs octo-project on every build agent.', HOOLI),
      7,
      'order',
    ],
    [
      'malformed',
      withLine(BASE, GLOBEX, '- Hooli (https://hooli.example.com) - Runs its search on it.'),
      8,
      'malformed',
    ],
    ['duplicated', withLine(BASE, GLOBEX, '- [GLOBEX](https://globex.example.org/) - Again.'), 8, 'duplicate'],
  ])('fails an entry %s with an annotation on its line', async (_case, text, line, rule) => {
    const number = handMadePull(text);
    const ctx = contextFor(fake);
    const result = await runCheckPr(ctx, number);
    expect(result.status).toBe('failed');
    expect(result.problems.map((p) => [p.line, p.rule])).toEqual([[line, rule]]);
    expect(ctx.reporter.lines).toContainEqual(
      expect.stringMatching(new RegExp(`^annotation ADOPTERS.md:${line}: ${rule}: `)),
    );
    expect(ctx.reporter.summaries.join('\n')).toContain(`| [${line}](https://github.com/octo-org/octo-project/blob/`);
  });

  it('does not fail on slips the file already had, nor on what main gained since the branch was made', async () => {
    const slipped = BASE.replace(
      '- [Acme Corp]',
      `${HOOLI.replace('Hooli', 'Zeta').replace('hooli', 'zeta')}\n- [Acme Corp]`,
    );
    fake.repo.commitFiles('main', { 'ADOPTERS.md': slipped });
    const number = handMadePull(withLine(slipped, GLOBEX, HOOLI));
    // main moves on: an entry the pull request's branch does not have
    fake.repo.commitFiles('main', {
      'ADOPTERS.md': withLine(slipped, GLOBEX, '- [Gringotts](https://gringotts.example.com)'),
    });
    const result = await runCheckPr(contextFor(fake), number);
    expect(result).toMatchObject({ status: 'passed', problems: [] });
    expect(fake.calls('repos/compare-commits')).toHaveLength(1);
  });

  it("skips the bot's own pull requests, but not another author's branch of the same name", async () => {
    const bots = handMadePull(
      withLine(BASE, '- [Acme Corp](https://acme.example.com) - Runs octo-project on every build agent.', HOOLI),
      'adopters/issue-3',
      'github-actions[bot]',
    );
    expect((await runCheckPr(contextFor(fake), bots)).status).toBe('skipped');
    const lookalike = handMadePull(
      withLine(BASE, '- [Acme Corp](https://acme.example.com) - Runs octo-project on every build agent.', HOOLI),
      'adopters/issue-4',
    );
    expect((await runCheckPr(contextFor(fake), lookalike)).status).toBe('failed');
  });

  it('skips a pull request that leaves the adopters file alone', async () => {
    fake.repo.commitFiles('docs', { 'README.md': '# docs\n' });
    const number = fake.repo.pulls.create(
      { title: 'Docs', head: 'docs', base: 'main' },
      { login: 'octocat', kind: 'pat' },
    ).number;
    const result = await runCheckPr(contextFor(fake), number);
    expect(result).toMatchObject({
      status: 'skipped',
      summary: `Pull request #${number}: it does not change ADOPTERS.md.`,
    });
  });

  it('is what dispatch runs for a pull_request opened in auto mode, failing the run when problems are new', async () => {
    const number = handMadePull(withLine(BASE, GLOBEX, '- [Hooli](hooli.example.com) - Runs its search on it.'));
    const event = { action: 'opened', pull_request: { number, head: { ref: 'add-hooli' }, base: { ref: 'main' } } };
    const outcome = await dispatch(contextFor(fake), 'pull_request', event);
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toContain('1 new problem in ADOPTERS.md');
    expect(fake.writes()).toEqual([]);
  });
});
