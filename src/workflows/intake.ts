import { parse as parseYaml } from 'yaml';
import { insertAdopter } from '../adopters/insert-adopter.js';
import { unifiedDiff } from '../cli/diff.js';
import { DEFAULT_ISSUE_FORM } from '../submission/default-form.js';
import type { FieldError, FieldId } from '../submission/form-fields.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { isAdopterSubmission, readSubmission } from '../submission/index.js';
import type { Submission } from '../submission/submission.js';
import { contentHash } from './content-hash.js';
import { ConfigurationError, fileUrl, upsertStickyComment, type WorkflowContext } from './context.js';
import { branchFor, findStickyComment, readPrMarker, renderPrMarker } from './markers.js';
import { errorsComment, hunkOf, previewComment, pullBody, refusalComment } from './messages.js';
import { type IssueInfo, PullRequestCreationForbidden, type PullInfo } from './ports.js';

export type IntakeStatus = 'invalid' | 'pr-created' | 'pr-updated' | 'unchanged' | 'ignored' | 'blocked';

export interface IntakeResult {
  status: IntakeStatus;
  issue: number;
  pull?: { number: number; url: string };
  /** One line for the job summary (no untrusted text). */
  summary: string;
}

/** The form must not apply the approval (or override) label itself: authors would approve themselves. */
export function checkFormLabels(template: string, ctx: WorkflowContext): void {
  const form = parseYaml(template) as { labels?: unknown } | null;
  const labels = Array.isArray(form?.labels)
    ? form.labels.map(String)
    : typeof form?.labels === 'string'
      ? form.labels.split(',').map((l) => l.trim())
      : [];
  for (const key of ['label-approved', 'label-override', 'label-rejected'] as const) {
    if (labels.includes(ctx.settings[key])) {
      throw new ConfigurationError(
        `the issue form ${ctx.settings['issue-form']} applies the label "${ctx.settings[key]}" (its labels: list), which would let anyone who files it decide; remove it from the form`,
      );
    }
  }
}

/**
 * Intake of one submission issue: validate, then open or update the one PR that inserts the entry,
 * and keep one sticky comment saying what happened. Re-running it changes nothing twice.
 */
export async function runIntake(ctx: WorkflowContext, issueNumber: number): Promise<IntakeResult> {
  const { repo, issues, pulls, reporter } = ctx.ports;
  const s = ctx.settings;
  const issue = await issues.get(issueNumber);
  const ignored = (why: string): IntakeResult => ({
    status: 'ignored',
    issue: issueNumber,
    summary: `Issue #${issueNumber}: ${why}.`,
  });
  if (!issue || issue.isPullRequest) return ignored('not an issue');
  if (issue.state === 'closed' || issue.locked)
    return ignored(issue.locked ? 'locked, left alone' : 'closed, left alone');
  const base = await repo.defaultBranch();
  let template = await repo.readFile(s['issue-form'], base);
  if (template === undefined) {
    reporter.warning(`The issue form ${s['issue-form']} is not on ${base}; using the default form's fields.`);
    template = DEFAULT_ISSUE_FORM;
  }
  checkFormLabels(template, ctx);
  if (!isAdopterSubmission(issue.body, issue.labels, { routingLabel: s['label-adopter'], template })) {
    return ignored('not an adopter submission');
  }
  const fieldMap = Object.keys(s['field-map']).length ? (s['field-map'] as Record<string, FieldId>) : undefined;
  const read = readSubmission(issue.body, template, { fieldMap });
  const pullList = await pulls.listOpen();
  // Our PR is the bot's own on our branch (a marker a maintainer edited away does not make it someone else's).
  const own = pullList.find((p) => p.headRef === branchFor(issueNumber) && p.author === s['bot-login']);
  if (!read.ok) {
    const errors: FieldError[] =
      read.reason === 'invalid' ? read.errors : [{ field: 'name', label: 'Issue form', message: read.message }];
    return invalid(ctx, issue, own, errorsComment(errors, 'Issue form'), `${errors.length} problem(s) in the form`);
  }
  const submission = read.submission;
  const duplicatePull = pullList.find(
    (p) => p !== own && readPrMarker(p, s['bot-login'])?.name === normalizeOrganizationName(submission.name),
  );
  if (duplicatePull) {
    const reason = 'This organization is already proposed in another pull request';
    return invalid(
      ctx,
      issue,
      own,
      refusalComment(reason, { text: `#${duplicatePull.number}`, url: duplicatePull.url }),
      'duplicate of an open pull request',
    );
  }
  return propose(ctx, issue, own, submission, base);
}

async function invalid(
  ctx: WorkflowContext,
  issue: IssueInfo,
  own: PullInfo | undefined,
  comment: string,
  why: string,
): Promise<IntakeResult> {
  const { issues, pulls, repo } = ctx.ports;
  const s = ctx.settings;
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s['bot-login']));
  await issues.addLabels(issue.number, [s['label-needs-changes']]);
  for (const label of [s['label-pr-open'], s['label-approved'], s['label-needs-review']]) {
    if (issue.labels.includes(label)) await issues.removeLabel(issue.number, label);
  }
  if (own) {
    // An edit made a valid submission invalid: its PR no longer stands for anything.
    await pulls.update(own.number, { state: 'closed' });
    await repo.deleteBranch(own.headRef);
  }
  return { status: 'invalid', issue: issue.number, summary: `Issue #${issue.number}: invalid (${why}).` };
}

/** The section a submission names, as the file spells it (through the configured mapping). */
function sectionFor(ctx: WorkflowContext, submission: Submission): string | undefined {
  if (!submission.section) return undefined;
  const map = ctx.settings['section-map'];
  const key = Object.keys(map).find((k) => k.toLowerCase() === submission.section!.toLowerCase());
  return key ? map[key] : submission.section;
}

async function propose(
  ctx: WorkflowContext,
  issue: IssueInfo,
  own: PullInfo | undefined,
  submission: Submission,
  base: string,
): Promise<IntakeResult> {
  const { repo, issues, pulls } = ctx.ports;
  const s = ctx.settings;
  const path = s['adopters-file'];
  const tip = await repo.branchTip(base);
  const source = tip ? await repo.readFile(path, tip.sha) : undefined;
  if (!tip || source === undefined)
    throw new ConfigurationError(`the adopters file ${path} is not on the branch ${base}`);
  const result = insertAdopter(source, submission, { section: sectionFor(ctx, submission) });
  if (!result.ok) {
    const link = result.line
      ? { text: `${path} line ${result.line}`, url: fileUrl(ctx, base, path, result.line) }
      : undefined;
    return invalid(
      ctx,
      issue,
      own,
      refusalComment(`The bot cannot add this entry: ${result.reason}`, link),
      result.code,
    );
  }
  const hash = contentHash(submission, result.entry);
  const hunk = hunkOf(unifiedDiff(path, source, result.content));
  const ownMarker = own ? readPrMarker(own, s['bot-login']) : undefined;
  const title = `Add ${submission.name} to adopters`;
  const body = pullBody({
    issue: issue.number,
    name: submission.name,
    file: path,
    hunk,
    marker: renderPrMarker({ issue: issue.number, hash, name: normalizeOrganizationName(submission.name) }),
  });
  let status: IntakeStatus = 'unchanged';
  let pull = own ? { number: own.number, url: own.url } : undefined;
  if (!own || ownMarker?.hash !== hash) {
    const commit = await repo.commitFile({
      parent: tip.sha,
      parentTree: tip.tree,
      path,
      content: result.content,
      message: `${title}\n\nSubmitted in #${issue.number}.`,
    });
    await repo.setBranch(branchFor(issue.number), commit);
    if (own) {
      await pulls.update(own.number, { title, body });
      status = 'pr-updated';
      // The content changed: an approval given before no longer stands.
      if (issue.labels.includes(s['label-approved'])) await issues.removeLabel(issue.number, s['label-approved']);
    } else {
      try {
        const created = await pulls.create({ title, body, head: branchFor(issue.number), base });
        pull = { number: created.number, url: created.url };
        status = 'pr-created';
      } catch (error) {
        if (!(error instanceof PullRequestCreationForbidden)) throw error;
        return prForbidden(ctx, issue);
      }
    }
  }
  const needsReview = result.flags.length > 0 && !issue.labels.includes(s['label-override']);
  const comment = previewComment({
    file: path,
    fileUrl: fileUrl(ctx, base, path),
    line: result.line,
    section: result.section,
    order: result.order,
    hunk,
    pull,
    approveLabel: s['label-approved'],
    warnings: result.warnings,
    needsReview,
    overrideLabel: s['label-override'],
  });
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s['bot-login']));
  const wanted = [s['label-pr-open'], ...(needsReview ? [s['label-needs-review']] : [])].filter(
    (l) => !issue.labels.includes(l),
  );
  await issues.addLabels(issue.number, wanted);
  if (issue.labels.includes(s['label-needs-changes'])) await issues.removeLabel(issue.number, s['label-needs-changes']);
  const verb = status === 'pr-created' ? 'opened' : status === 'pr-updated' ? 'updated' : 'unchanged';
  return {
    status,
    issue: issue.number,
    pull,
    summary: `Issue #${issue.number}: pull request #${pull?.number ?? '?'} ${verb}.`,
  };
}

async function prForbidden(ctx: WorkflowContext, issue: IssueInfo): Promise<IntakeResult> {
  const s = ctx.settings;
  const body = [
    '<!-- adopters-bot:submission -->',
    '### ⏳ Valid — waiting for a maintainer',
    '',
    'The entry is valid, but the bot is not allowed to open pull requests in this repository.',
    'A maintainer can fix that in **Settings → Actions → General → Workflow permissions** by ticking',
    '“Allow GitHub Actions to create and approve pull requests”, or by giving the workflow a GitHub App',
    'token or a personal access token (the `token` input). The bot will then open the pull request on',
    'the next run (edit the issue or re-run the workflow).',
  ].join('\n');
  await upsertStickyComment(ctx, issue.number, body, (c) => findStickyComment(c, s['bot-login']));
  ctx.ports.reporter.warning(
    'GitHub Actions is not permitted to create pull requests here: enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General) or pass a GitHub App token / PAT as the token input.',
  );
  return {
    status: 'blocked',
    issue: issue.number,
    summary: `Issue #${issue.number}: valid, but the repository does not let GitHub Actions open pull requests.`,
  };
}
