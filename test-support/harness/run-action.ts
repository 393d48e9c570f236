// Runs the bundled action (dist/index.js) in a child process the way the Actions runner does: an event
// file, the GITHUB_* / RUNNER_* environment, INPUT_* variables, and command files read back afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeGitHub } from '../fake-github/index.js';
import { actionInputDefaults, inputVariable, parseCommandFile } from './runner-files.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunActionOptions {
  fake: FakeGitHub;
  /** GITHUB_EVENT_NAME. */
  event: string;
  /** Written to GITHUB_EVENT_PATH. */
  payload: unknown;
  /** Action inputs by their action.yml name; action.yml defaults fill the rest, as on the runner. */
  inputs?: Record<string, string | number | boolean>;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** Node binary: default ADOPTERS_E2E_NODE (CI's Node 24 pass), else the Node running the tests. */
  node?: string;
  /** Script to run, relative to the repository root (default dist/index.js). */
  entry?: string;
  /** Kill the child after this long (a hung action must not hang the suite); default 15 s, under vitest's 20 s. */
  timeoutMs?: number;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Outputs the action set (GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** The job summary it wrote (GITHUB_STEP_SUMMARY). */
  summary: string;
  /** Values it saved for a post step (GITHUB_STATE). */
  state: Record<string, string>;
  /** True when the harness killed it because the fake "crashed" (faults.crashAfter). */
  killedByCrash: boolean;
  timedOut: boolean;
}

/** The Node binary for e2e runs: explicit, else ADOPTERS_E2E_NODE (relative to the repo root), else this one. */
export function e2eNode(explicit?: string): string {
  const chosen = explicit ?? process.env.ADOPTERS_E2E_NODE;
  if (!chosen) return process.execPath;
  return path.isAbsolute(chosen) ? chosen : path.join(REPO_ROOT, chosen);
}

/** The parts of an event payload that decide the runner's GITHUB_REF, GITHUB_SHA and GITHUB_ACTOR. */
interface PayloadFields {
  sender?: { login?: string; id?: number };
  ref?: string;
  after?: string;
  pull_request?: {
    number: number;
    merged?: boolean;
    merge_commit_sha?: string | null;
    head: { ref: string };
    base: { ref: string };
  };
}

function runnerEnvironment(options: RunActionOptions, dir: string): Record<string, string> {
  const { fake, event, payload } = options;
  const settings = fake.repo.settings;
  const fields = payload as PayloadFields;
  const sender = fields.sender;
  const pr = event.startsWith('pull_request') ? fields.pull_request : undefined;
  // What the runner sets: pull requests run on refs/pull/N/merge, push and dispatch on their ref,
  // everything else on the default branch.
  const ref = pr
    ? `refs/pull/${pr.number}/merge`
    : typeof fields.ref === 'string' && fields.ref.startsWith('refs/')
      ? fields.ref
      : `refs/heads/${settings.defaultBranch}`;
  const sha =
    (pr ? (pr.merged ? pr.merge_commit_sha : fake.repo.refs.branch(pr.base.ref)) : fields.after) ??
    fake.repo.refs.resolve(ref) ??
    '';
  const inputs = { ...actionInputDefaults(path.join(REPO_ROOT, 'action.yml'), fake.token), ...options.inputs };
  const blankProxies = Object.fromEntries(
    ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy'].map((k) => [k, '']),
  );
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_SERVER_URL: fake.webUrl,
    GITHUB_REPOSITORY: fake.repo.fullName,
    GITHUB_REPOSITORY_OWNER: settings.owner,
    GITHUB_REPOSITORY_ID: String(settings.id),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: pr?.head.ref ?? '',
    GITHUB_BASE_REF: pr?.base.ref ?? '',
    GITHUB_WORKFLOW: 'Adopters',
    GITHUB_WORKFLOW_REF: `${fake.repo.fullName}/.github/workflows/adopters.yml@${ref}`,
    GITHUB_JOB: 'adopters',
    GITHUB_ACTION: 'adopters-bot',
    GITHUB_RUN_ID: '1000000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: sender?.login ?? settings.owner,
    GITHUB_ACTOR_ID: String(sender?.id ?? 1),
    GITHUB_TRIGGERING_ACTOR: sender?.login ?? settings.owner,
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_TOKEN: fake.token,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'fake-runner',
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache'),
    ...blankProxies,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), String(value)])),
    ...options.env,
  };
}

/** Spawns the action and resolves when it exits (or is killed after a crash or the timeout). */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'adopters-e2e-'));
  try {
    const env = runnerEnvironment(options, dir);
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(options.payload, null, 2));
    for (const file of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']) {
      writeFileSync(env[file]!, '');
    }
    for (const sub of ['workspace', 'runner-temp', 'tool-cache']) mkdirSync(path.join(dir, sub));
    const entry = path.join(REPO_ROOT, options.entry ?? 'dist/index.js');
    const child = spawn(e2eNode(options.node), [entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    let killedByCrash = false;
    let timedOut = false;
    const stopListening = options.fake.faults.onCrash(() => {
      killedByCrash = true;
      child.kill('SIGKILL');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 15_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve([c, s]));
    }).finally(() => {
      clearTimeout(timer);
      stopListening();
    });
    const read = (name: string) => readFileSync(env[name]!, 'utf8');
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs: parseCommandFile(read('GITHUB_OUTPUT')),
      summary: read('GITHUB_STEP_SUMMARY'),
      state: parseCommandFile(read('GITHUB_STATE')),
      killedByCrash,
      timedOut,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
