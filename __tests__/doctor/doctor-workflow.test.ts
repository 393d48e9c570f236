import { afterEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/workflows/doctor.js';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';

// The doctor in-process, through the real adapters: what it reads, and the one thing it writes (labels).
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const messages = (findings: { severity: string; message: string }[], severity: string) =>
  findings.filter((f) => f.severity === severity).map((f) => f.message);

describe('runDoctor', () => {
  it('reports the Actions toggle when the token can read it, and only says which labels it would create in dry-run', async () => {
    fake = await startAdoptersFake({ actionsCanCreatePullRequests: false });
    const ctx = contextFor(fake, { 'dry-run': true });
    const result = await runDoctor(ctx);
    expect(result.status).toBe('problems');
    expect(messages(result.findings, 'error')).toContainEqual(
      '“Allow GitHub Actions to create and approve pull requests” is off: with the workflow token the bot cannot open pull requests',
    );
    expect(ctx.reporter.lines).toContain('[dry-run] would create the label adopter');
    expect(fake.calls('issues/create-label')).toEqual([]);
    expect(ctx.reporter.summaries[0]).toMatch(/^### ❌ adopters-bot doctor: \d+ errors?, \d+ warnings?/);
  });

  it('creates the missing labels with their colors and descriptions', async () => {
    fake = await startAdoptersFake();
    const result = await runDoctor(contextFor(fake));
    expect(fake.repo.labels.find('adopter')).toMatchObject({
      color: 'c5def5',
      description: 'An adopter submission (set by the issue form)',
    });
    expect(result.findings).toContainEqual(expect.objectContaining({ subject: 'Labels', severity: 'ok' }));
    expect(messages(result.findings, 'error').join('\n')).not.toContain('does not exist');
  });

  it('stops creating labels the token may not create, and still reports them missing', async () => {
    fake = await startAdoptersFake({ tokenPermissions: { contents: 'read', issues: 'read', pull_requests: 'read' } });
    const result = await runDoctor(contextFor(fake));
    expect(fake.calls('issues/create-label')).toHaveLength(1);
    expect(messages(result.findings, 'error')).toContainEqual(expect.stringContaining('"adopter" does not exist'));
  });
});
