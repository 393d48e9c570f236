// Runs the bundled action exactly as the runner would, against the contract-checked fake GitHub.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import {
  REPO_ROOT,
  e2eNode,
  fileAdopterIssue,
  runAction,
  startAdoptersFake,
  webhookEvents,
} from '../../test-support/harness/index.js';

const BUNDLE = path.join(REPO_ROOT, 'dist/index.js');
let fake: FakeGitHub;

beforeAll(() => {
  // dist/ is committed; build it only in a fresh tree where nobody has bundled yet.
  if (!existsSync(BUNDLE)) execFileSync('npm', ['run', 'bundle'], { cwd: REPO_ROOT, stdio: 'inherit' });
}, 120_000);

beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain' } });
});
afterEach(() => fake.close());

describe(`dist/index.js on ${path.basename(e2eNode())} ${e2eNode() === process.execPath ? process.version : ''}`, () => {
  it('should handle a real issues.opened event and make only calls GitHub would accept', async () => {
    const number = fileAdopterIssue(
      fake,
      { name: 'Hooli', website: 'https://hooli.example.com', description: 'Runs it on every laptop.' },
      { author: 'hooli-dev' },
    );
    const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });

    expect(run.timedOut).toBe(false);
    expect(run.killedByCrash).toBe(false);
    expect(run.signal).toBeNull();
    expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
    expect(run.stdout).not.toContain('::error::');
    expect(typeof run.summary).toBe('string');
    expect(run.outputs).toBeTypeOf('object');
    fake.assertNoValidationFailures();
    expect(fake.calls().every((call) => call.route !== '' && call.requestErrors.length === 0)).toBe(true);
  });
});
