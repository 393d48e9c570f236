import { parse as parseYaml } from 'yaml';
import { type FileInserted, insertIntoFile } from '../adopters-file/insert.js';
import { fileForSection, fileOptionsFrom } from '../adopters-file/options.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { DEFAULT_ISSUE_FORM } from '../submission/default-form.js';
import type { FieldError, FieldId } from '../submission/form-fields.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { isAdopterSubmission, readSubmission } from '../submission/index.js';
import type { Submission } from '../submission/submission.js';
import { contentHash } from './content-hash.js';
import { ConfigurationError, fileUrl, type WorkflowContext } from './context.js';
import { branchFor, readPrMarker, renderPrMarker } from './markers.js';
import { errorsComment, hunkOf, pullBody, refusalComment } from './messages.js';
import type { IssueInfo, PullInfo } from './ports.js';

/** What the current issue body and the current base make of a submission, before anything is written. */
export type Proposal =
  | { kind: 'ignored'; why: string }
  | { kind: 'invalid'; comment: string; why: string }
  | {
      kind: 'ready';
      submission: Submission;
      result: FileInserted;
      /** Binds an approval: the normalized submission and the entry text (not the base). */
      hash: string;
      hunk: string;
      base: string;
      tip: { sha: string; tree: string };
      path: string;
      title: string;
      body: string;
    };

/** The form must not apply the approval (or override, or reject) label itself: authors would decide. */
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

/** The section a submission names, as the file spells it (through the configured mapping). */
function sectionFor(ctx: WorkflowContext, submission: Submission): string | undefined {
  if (!submission.section) return undefined;
  const map = ctx.settings['section-map'];
  const key = Object.keys(map).find((k) => k.toLowerCase() === submission.section!.toLowerCase());
  return key ? map[key] : submission.section;
}

/**
 * Reads the issue against the form on the default branch, validates it, refuses a second submission of
 * an organization another open adopter PR already proposes, and computes the insertion on the current
 * default branch. Pure of writes: intake, approval and refresh all start here.
 */
export async function prepareProposal(
  ctx: WorkflowContext,
  issue: IssueInfo,
  openPulls: PullInfo[],
): Promise<Proposal> {
  const { repo, reporter } = ctx.ports;
  const s = ctx.settings;
  const base = await repo.defaultBranch();
  const tip = await repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the default branch ${base} does not exist`);
  // Both files are read at one commit of the default branch: what a maintainer reviewed, never a PR's copy.
  let template = await repo.readFile(s['issue-form'], tip.sha);
  if (template === undefined) {
    reporter.warning(`The issue form ${s['issue-form']} is not on ${base}; using the default form's fields.`);
    template = DEFAULT_ISSUE_FORM;
  }
  checkFormLabels(template, ctx);
  if (!isAdopterSubmission(issue.body, issue.labels, { routingLabel: s['label-adopter'], template })) {
    return { kind: 'ignored', why: 'not an adopter submission' };
  }
  const fieldMap = Object.keys(s['field-map']).length ? (s['field-map'] as Record<string, FieldId>) : undefined;
  const read = readSubmission(issue.body, template, { fieldMap });
  if (!read.ok) {
    const errors: FieldError[] =
      read.reason === 'invalid' ? read.errors : [{ field: 'form', label: 'Issue form', message: read.message }];
    return {
      kind: 'invalid',
      comment: errorsComment(errors, 'Issue form'),
      why: `${errors.length} problem(s) in the form`,
    };
  }
  const submission = read.submission;
  const name = normalizeOrganizationName(submission.name);
  const duplicate = openPulls.find(
    (p) => p.headRef !== branchFor(issue.number) && readPrMarker(p, s['bot-login'])?.name === name,
  );
  if (duplicate) {
    const reason = 'This organization is already proposed in another pull request';
    return {
      kind: 'invalid',
      comment: refusalComment(reason, { text: `#${duplicate.number}`, url: duplicate.url }),
      why: 'duplicate of an open pull request',
    };
  }
  const section = sectionFor(ctx, submission);
  const path = fileForSection(s, submission.section);
  const source = await repo.readFile(path, tip.sha);
  if (source === undefined) throw new ConfigurationError(`the adopters file ${path} is not on the branch ${base}`);
  // A group kept in its own file needs no section inside it.
  const inFile = path === s['adopters-file'] ? section : undefined;
  const result = insertIntoFile(path, source, submission, fileOptionsFrom(s, inFile));
  if (!result.ok) {
    const link = result.line
      ? { text: `${path} line ${result.line}`, url: fileUrl(ctx, base, path, result.line) }
      : undefined;
    return {
      kind: 'invalid',
      comment: refusalComment(`The bot cannot add this entry: ${result.reason}`, link),
      why: result.code,
    };
  }
  const hash = contentHash(submission, result.entry);
  const hunk = hunkOf(unifiedDiff(path, source, result.content));
  return {
    kind: 'ready',
    submission,
    result,
    hash,
    hunk,
    base,
    tip,
    path,
    title: `Add ${submission.name} to adopters`,
    body: pullBody({
      issue: issue.number,
      name: submission.name,
      file: path,
      hunk,
      marker: renderPrMarker({ issue: issue.number, hash, name }),
      why: result.why,
    }),
  };
}
