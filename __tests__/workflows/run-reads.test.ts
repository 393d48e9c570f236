import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, fileChangeIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { runIntake } from '../../src/workflows/intake.js';
import { shareRunReads } from '../../src/workflows/run-reads.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake();
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const hooli = { name: 'Hooli', website: 'https://hooli.example.com', description: 'Search.' };
const piper = { name: 'Pied Piper', website: 'https://piedpiper.example.com', description: 'Compression.' };
const operations = () => fake.calls().map((c) => c.operationId);

function sharedContext() {
  const ctx = contextFor(fake);
  return {
    ...ctx,
    ports: shareRunReads(ctx.ports, [ctx.settings['label-adopter'], ctx.settings['label-adopter-change']]),
  };
}

describe('the reads one writer run shares', () => {
  it('answers first reads of submissions from one listing until the run writes, then reads GitHub', async () => {
    const first = fileAdopterIssue(fake, hooli);
    const second = fileAdopterIssue(fake, piper);
    const { ports } = sharedContext();
    fake.log.clear();
    expect((await ports.issues.get(first))?.number).toBe(first);
    expect((await ports.issues.get(second))?.number).toBe(second);
    const [submissions, changes] = await ports.issues.listOpen(['adopter', 'adopter-change']);
    expect(submissions!.map((i) => i.number)).toEqual([first, second]);
    expect(changes).toEqual([]);
    // One GraphQL query lists both labels (src/github/list-open-issues.ts).
    expect(operations()).toEqual(['graphql']);

    await ports.issues.addLabels(first, ['adopters: needs-review']);
    fake.log.clear();
    expect((await ports.issues.get(first))?.labels).toContain('adopters: needs-review');
    expect(operations()).toEqual(['issues/get']);
  });

  it('answers a change request and a one-label listing from the same request', async () => {
    const submission = fileAdopterIssue(fake, hooli);
    const change = fileChangeIssue(fake, { entry: 'Hooli', request: 'Remove the entry' });
    const { ports } = sharedContext();
    fake.log.clear();
    expect((await ports.issues.get(change))?.title).toBe('Adopter change: Hooli');
    expect((await ports.issues.listOpen(['adopter-change']))[0]!.map((i) => i.number)).toEqual([change]);
    expect((await ports.issues.listOpen(['adopter']))[0]!.map((i) => i.number)).toEqual([submission]);
    expect(operations()).toEqual(['graphql']);
    // A label outside the shared listing is GitHub's to answer.
    await ports.issues.listOpen(['adopters: links']);
    expect(operations()).toEqual(['graphql', 'graphql']);
  });

  it('reads an issue the listing does not hold from GitHub', async () => {
    const other = fake.repo.issues.create({ title: 'Unrelated', body: 'Hello', author: 'octocat' }).number;
    const { ports } = sharedContext();
    fake.log.clear();
    expect((await ports.issues.get(other))?.title).toBe('Unrelated');
    expect(operations()).toEqual(['graphql', 'issues/get']);
  });

  it('keeps the open pull requests with those the run opened, and lists again once one is changed', async () => {
    const first = fileAdopterIssue(fake, hooli);
    const ctx = sharedContext();
    await runIntake(ctx, first);
    fake.log.clear();
    const pulls = await ctx.ports.pulls.listOpen();
    expect(pulls.map((p) => p.headRef)).toEqual([`adopters/issue-${first}`]);
    expect(operations()).toEqual([]);

    await ctx.ports.pulls.update(pulls[0]!.number, { title: 'Add Hooli (edited)' });
    fake.log.clear();
    expect((await ctx.ports.pulls.listOpen()).map((p) => p.title)).toEqual(['Add Hooli (edited)']);
    expect(operations()).toEqual(['pulls/list']);
  });

  it('lists again after the run moves the head branch of a listed pull request', async () => {
    const first = fileAdopterIssue(fake, hooli);
    await runIntake(contextFor(fake), first);
    const { ports } = sharedContext();
    const [pull] = await ports.pulls.listOpen();
    await ports.repo.setBranch(pull!.headRef, fake.repo.refs.branch('main')!);
    fake.log.clear();
    expect((await ports.pulls.listOpen())[0]!.headSha).toBe(fake.repo.refs.branch('main'));
    expect(operations()).toEqual(['pulls/list']);
  });

  it('skips listing the comments of an issue that had none, until the run comments on it', async () => {
    const first = fileAdopterIssue(fake, hooli);
    const { ports } = sharedContext();
    await ports.issues.get(first);
    fake.log.clear();
    expect(await ports.issues.comments(first)).toEqual([]);
    expect(operations()).toEqual([]);

    await ports.issues.createComment(first, 'Thanks!');
    fake.log.clear();
    expect((await ports.issues.comments(first)).map((c) => c.body)).toEqual(['Thanks!']);
    expect(operations()).toEqual(['issues/list-comments']);
  });

  it('lists the comments of an issue someone has commented on', async () => {
    const first = fileAdopterIssue(fake, hooli);
    fake.repo.issues.addComment(first, 'Any news?', 'octocat');
    const { ports } = sharedContext();
    await ports.issues.get(first);
    expect((await ports.issues.comments(first)).map((c) => c.body)).toEqual(['Any news?']);
  });
});
