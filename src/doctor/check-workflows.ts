import { parse as parseYaml } from 'yaml';
import type { Settings } from '../config/settings.js';
import type { RepoFile } from './check-form.js';
import type { DoctorLinks, Finding } from './finding.js';

type Access = 'none' | 'read' | 'write';
type Role = 'intake' | 'links' | 'doctor' | 'check';

interface Step {
  uses?: unknown;
  run?: unknown;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

/** What each flow's job must be granted (THREATS.md rule 10), and what it does with it. */
const NEEDS: Record<Role, { scope: string; access: Access; why: string }[]> = {
  intake: [
    { scope: 'contents', access: 'write', why: 'to commit the entry on its branch' },
    { scope: 'pull-requests', access: 'write', why: 'to open the pull request' },
    { scope: 'issues', access: 'write', why: 'to comment and label' },
  ],
  links: [
    { scope: 'contents', access: 'read', why: 'to read the file' },
    { scope: 'issues', access: 'write', why: 'to keep the report issue' },
  ],
  doctor: [{ scope: 'contents', access: 'read', why: 'to read the files' }],
  check: [
    { scope: 'contents', access: 'read', why: 'to read the file at both ends of the PR' },
    { scope: 'pull-requests', access: 'read', why: 'to read the pull request' },
  ],
};
const WHAT: Record<Role, string> = {
  intake: 'the intake',
  links: 'the link check',
  doctor: 'the doctor',
  check: 'the pull request check',
};
const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 };

/** `on:` as a map of event → its filters (a string or a list of event names has no filters). */
function eventsOf(on: unknown): Record<string, Record<string, unknown>> {
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]));
  if (on && typeof on === 'object')
    return Object.fromEntries(Object.entries(on).map(([k, v]) => [k, (v ?? {}) as Record<string, unknown>]));
  return {};
}

function accessOf(permissions: unknown, scope: string): Access | undefined {
  if (permissions === undefined) return undefined;
  if (permissions === 'write-all') return 'write';
  if (permissions === 'read-all') return 'read';
  if (permissions && typeof permissions === 'object') {
    const value = (permissions as Record<string, unknown>)[scope];
    return value === 'write' || value === 'read' ? value : 'none';
  }
  return 'none';
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

function roleOf(step: Step, events: Record<string, Record<string, unknown>>): Role | undefined {
  const mode = typeof step.with?.mode === 'string' ? step.with.mode : 'auto';
  if (mode === 'doctor') return 'doctor';
  if (mode === 'check-links' || (mode === 'auto' && 'schedule' in events && !('issues' in events))) return 'links';
  if (mode === 'check-pr') return 'check';
  if ((mode === 'auto' || mode === 'intake') && 'issues' in events) return 'intake';
  const types = list(events.pull_request?.types);
  if (mode === 'auto' && 'pull_request' in events && (!types.length || types.includes('opened'))) return 'check';
  return undefined;
}

/** A `paths:` filter that names files literally but not this one: the workflow never runs for it. */
function missesPath(filters: Record<string, unknown> | undefined, path: string): boolean {
  const paths = list(filters?.paths);
  return paths.length > 0 && !paths.some((p) => p === path || /[*?[]/.test(p));
}

function checkWorkflow(file: RepoFile, wf: Workflow, s: Settings, links: DoctorLinks, roles: Set<Role>): Finding[] {
  const findings: Finding[] = [];
  const events = eventsOf(wf.on);
  const subject = `Workflow ${file.path}`;
  const link = links.file(file.path);
  const add = (severity: Finding['severity'], message: string, fix?: string) =>
    findings.push({ subject, severity, message, fix, link });
  let ours = false;
  for (const [name, job] of Object.entries(wf.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (typeof step.run === 'string' && /\$\{\{\s*(?:github\.event\.|steps\.[^}]*outputs)/.test(step.run)) {
        add(
          'error',
          `job "${name}" puts event data or step outputs into a run: script (an injection path)`,
          'pass them through env: instead, or drop the step',
        );
      }
      const uses = typeof step.uses === 'string' ? step.uses : '';
      if (!/adopters-bot/i.test(uses) && uses !== './') continue;
      const role = roleOf(step, events);
      if (!role) continue;
      ours = true;
      roles.add(role);
      const permissions = job.permissions ?? wf.permissions;
      for (const need of NEEDS[role]) {
        const granted = accessOf(permissions, need.scope);
        if (granted !== undefined && RANK[granted] < RANK[need.access]) {
          add(
            'error',
            `job "${name}" lacks ${need.scope}: ${need.access}, which ${WHAT[role]} needs ${need.why}`,
            `add \`${need.scope}: ${need.access}\` to the job's permissions`,
          );
        }
      }
      if (role === 'check') {
        const writes = ['contents', 'pull-requests', 'issues'].filter((sc) => accessOf(permissions, sc) === 'write');
        if (writes.length)
          add(
            'warning',
            `job "${name}" checks untrusted pull requests with write access (${writes.join(', ')})`,
            'grant only contents: read and pull-requests: read',
          );
        if ('pull_request_target' in events)
          add(
            'warning',
            'the check runs on pull_request_target, which gives pull requests from forks a write token',
            'use the pull_request event',
          );
        if (missesPath(events.pull_request, s['adopters-file']))
          add(
            'warning',
            `its paths: filter does not include ${s['adopters-file']}`,
            `add ${s['adopters-file']} to paths:`,
          );
      }
      if (role === 'intake') {
        const types = list(events.issues?.types);
        if (types.length && !['opened', 'edited'].every((t) => types.includes(t)))
          add(
            'warning',
            'it does not run on issues opened and edited: submissions or their edits go unanswered',
            'use issues: types: [opened, edited, reopened, labeled, closed]',
          );
        if (!wf.concurrency)
          add(
            'warning',
            'it has no concurrency group: two runs may write at once',
            'add concurrency: { group: adopters-bot, cancel-in-progress: false }',
          );
        if ('push' in events && missesPath(events.push, s['adopters-file']))
          add(
            'warning',
            `its push paths: filter does not include ${s['adopters-file']}: open PRs are not refreshed when it changes`,
            `add ${s['adopters-file']} to paths:`,
          );
      }
      if (role === 'links' && 'schedule' in events && !('workflow_dispatch' in events)) {
        add(
          'warning',
          'it has a schedule but no workflow_dispatch: once GitHub disables the schedule (60 days without activity in a public repository) it cannot be run by hand',
          'add workflow_dispatch: to on:',
        );
      }
    }
  }
  if (ours && wf.permissions === undefined) {
    add(
      'warning',
      "it has no top-level permissions: jobs without their own get the repository's default token permissions",
      'add `permissions: {}` at the top and grant each job only what it needs',
    );
  }
  if (ours && !findings.length) add('ok', 'least privilege and the right events');
  return findings;
}

/** The workflows that run adopters-bot: events, least-privilege permissions, no injection path. */
export function checkWorkflows(workflows: RepoFile[], s: Settings, links: DoctorLinks): Finding[] {
  const findings: Finding[] = [];
  const roles = new Set<Role>();
  for (const file of workflows) {
    let wf: Workflow;
    try {
      wf = (parseYaml(file.text) ?? {}) as Workflow;
    } catch (error) {
      findings.push({
        subject: `Workflow ${file.path}`,
        severity: 'warning',
        message: `not valid YAML: ${String(error).split('\n')[0]}`,
        link: links.file(file.path),
      });
      continue;
    }
    findings.push(...checkWorkflow(file, wf, s, links, roles));
  }
  const missing = (role: Role, severity: Finding['severity'], message: string, fix: string) => {
    if (!roles.has(role)) findings.push({ subject: 'Workflows', severity, message, fix });
  };
  missing(
    'intake',
    'error',
    'no workflow runs adopters-bot on issues events: filed forms get no answer',
    'add .github/workflows/adopters.yml (`npx adopters-bot init` writes it)',
  );
  missing(
    'links',
    'info',
    'no workflow checks the links of the adopters file',
    'add .github/workflows/adopters-links.yml (`npx adopters-bot init` writes it)',
  );
  missing(
    'check',
    'info',
    'pull requests that edit the adopters file by hand are not checked',
    'add .github/workflows/adopters-pr-check.yml (`npx adopters-bot init` writes it)',
  );
  return findings;
}
