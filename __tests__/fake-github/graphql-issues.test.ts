import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

// Repository.issues on the fake's GraphQL, held to what GitHub documents and answers.
let fake: FakeGitHub;
afterEach(() => fake.close());

async function start(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': '- Acme\n' }, ...options });
}
const open = (title: string, labels: string[], author = 'octocat') =>
  fake.repo.issues.create({ title, body: '', labels, author }).number;

interface Page {
  totalCount: number;
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** `repository { issues(<args>) { <selection> } }` on the fake, with the variables given. */
async function issues(args: string, selection: string, variables: Record<string, unknown> = {}) {
  const declared = Object.keys(variables).map((k) => `$${k}: ${k === 'after' ? 'String' : 'Int'}`);
  const query = `query${declared.length ? `(${declared.join(', ')})` : ''} {
    repository(owner: "octo-org", name: "octo-project") { issues(${args}) { ${selection} } }
  }`;
  const data = await octokitFor(fake).graphql<{ repository: { issues: Page } }>(query, variables);
  return data.repository.issues;
}

async function errorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { errors?: { type?: string; message: string }[] }).errors ?? [];
  }
  return [];
}

describe('Repository.issues', () => {
  it('matches an issue carrying any of the labels, and holds no pull requests', async () => {
    await start();
    const a = open('A', ['adopter']);
    const b = open('B', ['Adopter-Change']);
    open('C', ['bug']);
    fake.repo.commitFiles('feature', { 'ADOPTERS.md': '- Acme\n- Hooli\n' });
    const pull = fake.repo.pulls.create(
      { title: 'Add Hooli', head: 'feature', base: 'main' },
      { login: 'octocat', kind: 'pat' },
    );
    fake.repo.issues.addLabels(pull.number, ['adopter']);
    const page = await issues('labels: ["adopter", "adopter-change"], first: 10', 'totalCount nodes { number }');
    expect(page).toEqual({ totalCount: 2, nodes: [{ number: a }, { number: b }] });
  });

  it('gives states and state reasons as enums, and a bot by its name without [bot]', async () => {
    await start();
    const done = open('Done', [], 'dependabot[bot]');
    fake.repo.issues.update(done, { state: 'closed', state_reason: 'not_planned' }, 'octocat');
    const back = open('Back', []);
    fake.repo.issues.update(back, { state: 'closed' }, 'octocat');
    fake.repo.issues.update(back, { state: 'open' }, 'octocat');
    const fresh = open('Fresh', []);
    const page = await issues('first: 10', 'nodes { number state stateReason author { __typename login } }');
    expect(page.nodes).toEqual([
      { number: done, state: 'CLOSED', stateReason: 'NOT_PLANNED', author: { __typename: 'Bot', login: 'dependabot' } },
      { number: back, state: 'OPEN', stateReason: 'REOPENED', author: { __typename: 'User', login: 'octocat' } },
      { number: fresh, state: 'OPEN', stateReason: null, author: { __typename: 'User', login: 'octocat' } },
    ]);
    const open_ = await issues('states: OPEN, first: 10', 'nodes { number }');
    expect(open_.nodes).toEqual([{ number: back }, { number: fresh }]);
  });

  it('pages with opaque cursors that keep their place when an issue before them is closed', async () => {
    await start();
    const all = Array.from({ length: 5 }, (_, i) => open(`Issue ${i}`, ['adopter']));
    const args = 'states: [OPEN], first: $first, after: $after, orderBy: { field: CREATED_AT, direction: ASC }';
    const first = await issues(args, 'nodes { number } pageInfo { hasNextPage endCursor }', { first: 2, after: null });
    expect(first.nodes).toEqual([{ number: all[0] }, { number: all[1] }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toEqual(expect.any(String));
    // An offset would now skip an issue; GitHub's cursor names a place in the order.
    fake.repo.issues.update(all[1]!, { state: 'closed' }, 'octocat');
    const rest = await issues(args, 'nodes { number } pageInfo { hasNextPage endCursor }', {
      first: 100,
      after: first.pageInfo.endCursor,
    });
    expect(rest.nodes).toEqual([{ number: all[2] }, { number: all[3] }, { number: all[4] }]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const newestFirst = await issues('first: 2, orderBy: { field: CREATED_AT, direction: DESC }', 'nodes { number }');
    expect(newestFirst.nodes).toEqual([{ number: all[4] }, { number: all[3] }]);
  });

  it('refuses more than 100 a page, items without a page size, and a cursor it did not make', async () => {
    await start();
    open('A', ['adopter']);
    expect(await errorsOf(issues('first: 101', 'nodes { number }'))).toMatchObject([
      {
        type: 'EXCESSIVE_PAGINATION',
        message: 'Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.',
      },
    ]);
    expect(await errorsOf(issues('states: OPEN', 'nodes { number }'))).toMatchObject([
      { type: 'MISSING_PAGINATION_BOUNDARIES' },
    ]);
    expect(await errorsOf(issues('first: 1, after: "bm9wZQ=="', 'nodes { number }'))).toMatchObject([
      { type: 'INVALID_CURSOR_ARGUMENTS', message: '`bm9wZQ==` does not appear to be a valid cursor.' },
    ]);
    // Counting needs no page size.
    expect(await issues('states: OPEN', 'totalCount')).toEqual({ totalCount: 1 });
  });

  it("is open to a workflow token's permissions (a query is a read)", async () => {
    await start({ tokenPermissions: { contents: 'write', issues: 'write', pull_requests: 'write' } });
    open('A', ['adopter']);
    expect((await issues('first: 1', 'nodes { title }')).nodes).toEqual([{ title: 'A' }]);
    expect(fake.writes()).toEqual([]);
  });
});
