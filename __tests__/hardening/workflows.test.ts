// Workflow hygiene (THREATS.md rules 1 and 10) for the project's own workflows and the examples users
// copy: no expression inside a shell script, least privilege per job, third-party actions pinned by
// commit, writers serialized. actionlint (in .ci/run) checks the syntax; this checks the policy.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  concurrency?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

const ROOT = new URL('../../', import.meta.url);
const WORKFLOWS = ['.github/workflows/', 'examples/workflows/'].flatMap((dir) =>
  readdirSync(new URL(dir, ROOT))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const path = `${dir}${f}`;
      return {
        path,
        example: dir.startsWith('examples'),
        workflow: parse(readFileSync(new URL(path, ROOT), 'utf8')) as Workflow,
      };
    }),
);
const jobs = WORKFLOWS.flatMap(({ path, example, workflow }) =>
  Object.entries(workflow.jobs ?? {}).map(([id, job]) => ({ path, example, workflow, id, job })),
);
const steps = jobs.flatMap((j) => (j.job.steps ?? []).map((step) => ({ ...j, step })));

/** The action's own steps: `./` here, the published action in the examples. */
const isOwnAction = (uses: string | undefined) => uses === './' || /^adopters-bot\/adopters-bot@/.test(uses ?? '');

/** What each mode of the action needs, and nothing more (a job without the action may only read). */
const NEEDS: Record<string, Record<string, string>> = {
  // intake, approval and refresh write the branch, the pull request and the issue
  auto: { contents: 'write', 'pull-requests': 'write', issues: 'write' },
  'check-links': { contents: 'read', issues: 'write' },
  'check-pr': { contents: 'read', 'pull-requests': 'read' },
  doctor: { contents: 'read', issues: 'write', 'pull-requests': 'read' },
};

/**
 * The release workflow's jobs run no action of ours but write what a release is: the GitHub release
 * and the major tag, and (through OIDC) the npm package. Each gets exactly that.
 */
const RELEASE = '.github/workflows/release.yml';
const RELEASE_NEEDS: Record<string, Record<string, string>> = {
  check: { contents: 'read' },
  'github-release': { contents: 'write' },
  publish: { contents: 'read', 'id-token': 'write' },
};

function modeOf(job: Job): string | undefined {
  const own = (job.steps ?? []).find((s) => isOwnAction(s.uses));
  if (!own) return undefined;
  const mode = own.with?.mode ?? 'auto';
  return typeof mode === 'string' ? mode : JSON.stringify(mode);
}

function concurrencyOf(workflow: Workflow, job: Job): { group?: string; cancel?: unknown } {
  const c = job.concurrency ?? workflow.concurrency;
  if (typeof c === 'string') return { group: c, cancel: false };
  const o = (c ?? {}) as { group?: string; 'cancel-in-progress'?: unknown };
  return { group: o.group, cancel: o['cancel-in-progress'] ?? false };
}

describe('the workflows', () => {
  it('include the bot, its link check, and their examples', () => {
    const paths = WORKFLOWS.map((w) => w.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '.github/workflows/adopters.yml',
        'examples/workflows/adopters.yml',
        'examples/workflows/adopters-links.yml',
      ]),
    );
  });

  it.each(WORKFLOWS.map((w) => [w.path, w.workflow] as const))(
    '%s starts from no permissions at all',
    (_path, workflow) => {
      expect(workflow.permissions).toEqual({});
    },
  );

  it.each(WORKFLOWS.map((w) => [w.path, w.workflow] as const))(
    '%s never runs on pull_request_target or workflow_run',
    (_path, workflow) => {
      const triggers =
        typeof workflow.on === 'string'
          ? [workflow.on]
          : Array.isArray(workflow.on)
            ? workflow.on
            : Object.keys(workflow.on ?? {});
      expect(triggers).not.toContain('pull_request_target');
      expect(triggers).not.toContain('workflow_run');
    },
  );

  it.each(jobs.map((j) => [`${j.path} ${j.id}`, j.job] as const))('%s grants only what its mode needs', (name, job) => {
    const mode = modeOf(job);
    expect(typeof job.permissions, 'explicit per-job permissions (not read-all/write-all)').toBe('object');
    if (name.startsWith(`${RELEASE} `)) {
      expect(job.permissions).toEqual(RELEASE_NEEDS[name.slice(RELEASE.length + 1)]);
    } else if (mode === undefined) {
      expect(Object.values(job.permissions as object).every((v) => v === 'read' || v === 'none')).toBe(true);
    } else {
      expect(NEEDS[mode], `a known mode: ${mode}`).toBeDefined();
      expect(job.permissions).toEqual(NEEDS[mode]);
    }
  });

  it.each(
    steps
      .filter((s) => s.step.run !== undefined)
      .map((s) => [`${s.path} ${s.id}: ${s.step.run!.split('\n')[0]}`, s.step.run!] as const),
  )('%s puts no expression into the shell script', (_name, run) => {
    // `${{ github.event.* }}`, step and job outputs are attacker-controlled text spliced into a
    // script: values reach a `run:` only through `env:`. None is needed, so none is allowed at all.
    expect(run).not.toMatch(/\$\{\{/);
  });

  // Pinned by a 40-hex commit: a tag can be moved to other code. Exempt: the action itself (`./` here;
  // `adopters-bot/adopters-bot@…` in the examples, which users pin to the release they reviewed).
  it.each(
    steps
      .filter((s) => s.step.uses !== undefined)
      .map((s) => [`${s.path} ${s.id}: ${s.step.uses}`, s.step.uses!, s.example] as const),
  )('%s is pinned by commit', (_name, uses, example) => {
    if (uses === './' || (example && /^adopters-bot\/adopters-bot@/.test(uses))) return;
    expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it.each(
    steps
      .filter((s) => s.step.uses?.startsWith('actions/checkout@'))
      .map((s) => [`${s.path} ${s.id}`, s.step] as const),
  )('%s checks out without persisting the token', (_name, step) => {
    expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('runs every job of the bot that can write the repository or pull requests in one concurrency group, never cancelled', () => {
    const writers = jobs.filter(({ path, job }) => {
      const p = (job.permissions ?? {}) as Record<string, string>;
      return path !== RELEASE && (p.contents === 'write' || p['pull-requests'] === 'write');
    });
    expect(writers.length).toBeGreaterThan(0);
    const groups = writers.map(({ workflow, job }) => concurrencyOf(workflow, job));
    expect(new Set(groups.map((g) => g.group))).toEqual(new Set(['adopters-bot']));
    expect(groups.every((g) => g.cancel === false)).toBe(true);
  });

  // The link check writes only its report issue: its own group keeps two checks from racing on it.
  // The doctor runs only by hand and its only write (creating missing labels) is idempotent.
  it.each(jobs.filter(({ job }) => modeOf(job) === 'check-links').map((j) => [`${j.path} ${j.id}`, j] as const))(
    '%s runs one at a time, never cancelled',
    (_name, { workflow, job }) => {
      const c = concurrencyOf(workflow, job);
      expect(c.group).toBeTruthy();
      expect(c.cancel).toBe(false);
    },
  );

  it('gives an OIDC token only to the job that publishes the npm package', () => {
    const minting = jobs.filter(({ job }) => (job.permissions as Record<string, string>)['id-token'] !== undefined);
    expect(minting.map(({ path, id }) => `${path} ${id}`)).toEqual([`${RELEASE} publish`]);
  });

  it('releases only from a version tag or by hand, one release at a time, never cancelled half-way', () => {
    const release = WORKFLOWS.find((w) => w.path === RELEASE)!.workflow;
    expect(Object.keys(release.on as object).sort()).toEqual(['push', 'workflow_dispatch']);
    expect((release.on as { push: unknown }).push).toEqual({ tags: ['v*.*.*'] });
    expect(concurrencyOf(release, {})).toEqual({ group: 'release', cancel: false });
  });
});
