// A hostile case driven through the real intake, in process: the fake GitHub, the real adapters
// (contextFor), then everything GitHub would now hold is checked against the invariant.
import type { Settings } from '../../../src/config/settings.js';
import { logSafe } from '../../../src/action/reporter.js';
import { DEFAULT_ISSUE_FORM } from '../../../src/submission/default-form.js';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import { readSubmission } from '../../../src/submission/read-submission.js';
import type { WorkflowContext } from '../../../src/workflows/context.js';
import { runIntake } from '../../../src/workflows/intake.js';
import type { FakeGitHub } from '../../../test-support/fake-github/index.js';
import { startAdoptersFake } from '../../../test-support/harness/index.js';
import { contextFor, type RecordingReporter } from '../../../test-support/workflow-context.js';
import { insertionProblem, untouchedProblem } from './invariant.js';
import { htmlNodes, liveLinks } from './markdown.js';
import { formBody, parsedFields, valuesTransformed } from './pure.js';
import type { Outcome } from './tally.js';

export const FILE = 'ADOPTERS.md';
const BOT = 'github-actions[bot]';
const BRANCH = (n: number) => `adopters/issue-${n}`;

export interface Scene {
  fake: FakeGitHub;
  ctx: WorkflowContext & { reporter: RecordingReporter };
  issue: number;
  /** Commits `content` as the adopters file on main (someone else's push; null deletes it): the new expected main. */
  pushMain(content: string | null): void;
  intake(n?: number): Promise<{ status: string }>;
}

export interface IntakeSpec {
  /** Answers of the default form (rendered as GitHub does), or `body` for a hand-made one. */
  answers?: IssueFormFields;
  body?: string;
  title?: string;
  labels?: string[];
  author?: string;
  files?: Record<string, string>;
  settings?: Partial<Settings>;
  /** After the issue is filed and before the bot acts: other people's comments, PRs, pushes… */
  setup?: (scene: Scene) => Promise<void> | void;
  /** What the bot does; default: one intake run of the issue. */
  act?: (scene: Scene) => Promise<{ status: string }>;
  /** How the outcome is judged; default: from the status, the review label and the entry text. */
  observe?: (record: IntakeRecord) => Outcome;
  /** The error the bot is expected to fail with (a loud failure counts as a refusal). */
  throws?: RegExp;
  /**
   * Whether the submission's pull request stands at the end. Default: unless refused. An approval
   * refused is a refusal of the label, not of the submission: its PR stays open.
   */
  stands?: boolean;
}

export interface IntakeRecord {
  scene: Scene;
  status?: string;
  error?: unknown;
  labels: string[];
  comments: { author: string; body: string }[];
  botPulls: { number: number; body: string; head: string; state: string }[];
  branchFile?: string;
  observed: Outcome;
  /** Violations of the file invariant (main, the issue's branch and pull request). */
  fileProblems: string[];
  /** Every violation: the file's, then the comments', pull requests' and log's. */
  problems: string[];
}

export async function runIntakeCase(spec: IntakeSpec): Promise<IntakeRecord> {
  const fake = await startAdoptersFake({ extraFiles: spec.files });
  try {
    return await play(fake, spec);
  } finally {
    await fake.close();
  }
}

async function play(fake: FakeGitHub, spec: IntakeSpec): Promise<IntakeRecord> {
  const body = spec.body ?? formBody(spec.answers ?? {});
  const issue = fake.repo.issues.create({
    title: spec.title ?? 'Adopter: a submission',
    body,
    labels: spec.labels ?? ['adopter'],
    author: spec.author ?? 'octocat',
  }).number;
  let main = fake.repo.readFile('main', FILE);
  const ctx = contextFor(fake, spec.settings);
  const scene: Scene = {
    fake,
    ctx,
    issue,
    pushMain(content) {
      fake.repo.commitFiles('main', { [FILE]: content }, { author: 'maintainer-mia' });
      main = content ?? undefined;
    },
    intake: (n = issue) => runIntake(ctx, n),
  };
  await spec.setup?.(scene);
  const record: IntakeRecord = {
    scene,
    labels: [],
    comments: [],
    botPulls: [],
    observed: 'refused',
    fileProblems: [],
    problems: [],
  };
  try {
    record.status = (await (spec.act ?? ((s: Scene) => s.intake()))(scene)).status;
  } catch (error) {
    record.error = error;
  }
  const live = fake.repo.issues.get(issue);
  record.labels = [...live.labels];
  record.comments = fake.repo.issues.listComments(issue).map((c) => ({ author: c.author, body: c.body ?? '' }));
  record.botPulls = fake.repo.pulls
    .list({ state: 'all' })
    .map((p) => ({ pull: p, issue: fake.repo.pulls.issueOf(p) }))
    .filter(({ issue: i }) => i.author === BOT)
    .map(({ pull, issue: i }) => ({ number: pull.number, body: i.body ?? '', head: pull.head, state: i.state }));
  record.branchFile = fake.repo.readFile(BRANCH(issue), FILE);
  record.observed = spec.observe?.(record) ?? defaultOutcome(record, live.body ?? '');
  record.fileProblems = fileProblems(fake, record, main, live.body ?? '', spec.stands ?? record.observed !== 'refused');
  record.problems = [
    ...record.fileProblems,
    ...markdownProblems(record),
    ...logProblems(ctx.reporter.lines, [spec.title, ...(spec.labels ?? []), ...probes(live.body ?? '')]),
  ];
  return record;
}

function defaultOutcome(record: IntakeRecord, body: string): Outcome {
  if (record.error !== undefined || !['pr-created', 'pr-updated', 'unchanged'].includes(record.status ?? '')) {
    return 'refused';
  }
  if (record.labels.includes('adopters: needs-review')) return 'neutralized';
  const read = readSubmission(body, DEFAULT_ISSUE_FORM);
  if (!read.ok) return 'refused';
  return valuesTransformed(parsedFields(body), read.submission) ? 'neutralized' : 'accepted';
}

/**
 * A submission that does not stand: main untouched, no branch, no open pull request. One that stands:
 * main untouched and the issue's branch one commit that is a pure insertion of the entry — or, once
 * approved and merged, main itself that pure insertion.
 */
function fileProblems(
  fake: FakeGitHub,
  record: IntakeRecord,
  main: string | undefined,
  body: string,
  stands: boolean,
): string[] {
  const problems: string[] = [];
  const read = readSubmission(body, DEFAULT_ISSUE_FORM);
  const mainAfter = fake.repo.readFile('main', FILE);
  const branch = BRANCH(record.scene.issue);
  const open = record.botPulls.filter((p) => p.state === 'open' && p.head === branch);
  if (!stands) {
    const onMain = untouchedProblem(main, mainAfter);
    if (onMain) problems.push(`main: ${onMain}`);
    if (record.branchFile !== undefined) problems.push(`a refused submission left the branch ${branch}`);
    if (open.length) problems.push('a refused submission left its pull request open');
    return problems;
  }
  if (mainAfter !== main) {
    const merged = read.ok
      ? insertionProblem(main ?? '', mainAfter ?? '', { name: read.submission.name, url: read.submission.url })
      : 'main changed without a valid submission';
    return merged ? [`main: ${merged}`] : [];
  }
  const sha = fake.repo.refs.branch(branch);
  const parents = sha ? (fake.repo.git.commit(sha)?.parents ?? []) : [];
  if (!read.ok || !sha || parents.length !== 1 || record.branchFile === undefined) {
    return [...problems, `no single-commit branch ${branch} for an accepted submission`];
  }
  const base = fake.repo.readFile(parents[0]!, FILE) ?? '';
  const problem = insertionProblem(base, record.branchFile, { name: read.submission.name, url: read.submission.url });
  if (problem) problems.push(`${branch}: ${problem}`);
  if (open.length !== 1) problems.push(`expected one open pull request from ${branch}, found ${open.length}`);
  return problems;
}

/** What the bot wrote on GitHub mentions nobody, links only its own issue and PRs, and holds no foreign HTML. */
function markdownProblems(record: IntakeRecord): string[] {
  // The bot links its own issues and pull requests: the scene's issue, each PR and the issue each PR closes.
  const ownIssues = record.botPulls.map((p) => Number(/^adopters\/issue-(\d+)$/.exec(p.head)?.[1] ?? 0));
  const own = new Set([record.scene.issue, ...ownIssues, ...record.botPulls.map((p) => p.number)].map((n) => `#${n}`));
  const texts = [
    ...record.comments.filter((c) => c.author === BOT).map((c) => c.body),
    ...record.botPulls.map((p) => p.body),
  ];
  const problems: string[] = [];
  for (const text of texts) {
    const links = liveLinks(text);
    if (links.mentions.length) problems.push(`a live mention in ${JSON.stringify(links.mentions)}`);
    const foreign = links.references.filter((r) => !own.has(r));
    if (foreign.length) problems.push(`a live reference to ${foreign.join(', ')}`);
    const html = htmlNodes(text).filter((h) => !/^<!-- adopters-bot:[^\n]*-->$|^<\/?sub>$/.test(h));
    if (html.length) problems.push(`raw HTML ${JSON.stringify(html)}`);
    if (text.length > 65_536) problems.push(`a body of ${text.length} characters`);
  }
  return problems;
}

/** Submitted values worth looking for in the log: the longer ones (short ones occur in our own words). */
function probes(body: string): string[] {
  return Object.values(parsedFields(body)).filter((v): v is string => typeof v === 'string');
}

/** No untrusted text reaches the log, and what does reach it is one line that is not a workflow command. */
export function logProblems(lines: readonly string[], untrusted: readonly (string | undefined)[]): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    const safe = logSafe(line);
    if (/[\r\n]/.test(safe) || /^\s*::/.test(safe) || safe.includes('##[')) problems.push(`unsafe log line ${safe}`);
    for (const text of untrusted) {
      if (text && text.length >= 8 && line.includes(text)) problems.push(`the log repeats ${JSON.stringify(text)}`);
    }
  }
  return problems;
}
