import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { ADOPTERS_REPO_FILES, runAction, startAdoptersFake, webhookEvents } from '../../test-support/harness/index.js';

// The bundled action on pull_request events for hand-made edits of ADOPTERS.md, with the read-only token
// of the example workflow (examples/workflows/adopters-pr-check.yml).
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const BASE = ADOPTERS_REPO_FILES['ADOPTERS.md']!;
const ACME = '- [Acme Corp](https://acme.example.com) - Runs octo-project on every build agent.';
const GLOBEX = '- [Globex](https://globex.example.org) - Schedules nightly data pipelines with it.';
const HOOLI = '- [Hooli](https://hooli.example.com) - Runs its search on it.';
const withLine = (source: string, anchor: string, line: string) =>
  source.replace(`${anchor}\n`, `${anchor}\n${line}\n`);
/** The fixture with a slip of its own: Zeta listed first. */
const SLIPPED = BASE.replace(ACME, `- [Zeta](https://zeta.example.com) - Sorts last.\n${ACME}`);

async function checkPull(main: string, head: string, inputs: Record<string, string> = {}) {
  fake = await startAdoptersFake({
    extraFiles: { 'ADOPTERS.md': main },
    tokenPermissions: { contents: 'read', pull_requests: 'read' },
  });
  fake.repo.commitFiles('add-hooli', { 'ADOPTERS.md': head }, { author: 'octocat' });
  const { number } = fake.repo.pulls.create(
    { title: 'Add Hooli', head: 'add-hooli', base: 'main' },
    { login: 'octocat', kind: 'pat' },
  );
  return runAction({ fake, ...webhookEvents(fake).pullRequest('opened', { number, sender: 'octocat' }), inputs });
}

describe('the action on a hand-made pull request', () => {
  it('passes a well-formed entry in its place, although the file already has a slip (auto mode)', async () => {
    const run = await checkPull(SLIPPED, withLine(SLIPPED, GLOBEX, HOOLI));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('passed');
    expect(run.stdout).not.toContain('::error');
    expect(run.summary).toContain('The change adds no problem');
    expect(fake.writes()).toEqual([]);
  });

  it.each([
    ['out of order', withLine(SLIPPED, ACME, HOOLI), 8, 'order'],
    ['malformed', withLine(SLIPPED, GLOBEX, '- Hooli: https://hooli.example.com'), 9, 'malformed'],
    ['duplicated', withLine(SLIPPED, GLOBEX, '- [Globex](https://globex.example.org) - Again.'), 9, 'duplicate'],
  ])('fails an entry %s, with an error annotation on its line', async (_case, head, line, rule) => {
    const run = await checkPull(SLIPPED, head, { mode: 'check-pr' });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toHaveLength(2); // the annotation, then the failure of the run
    expect(annotations[0]).toMatch(new RegExp(`^::error title=adopters-bot,file=ADOPTERS.md,line=${line}::${rule}: `));
    expect(annotations[1]).toContain('1 new problem in ADOPTERS.md');
    expect(run.summary).toContain(`| ${rule} |`);
  });
});
