import { parse as parseYaml } from 'yaml';
import { insertIntoFile } from '../adopters-file/insert.js';
import { fileForSection, fileOptionsFrom } from '../adopters-file/options.js';
import { unifiedDiff } from '../text/unified-diff.js';
import { DEFAULT_CHANGE_FORM } from '../submission/default-change-form.js';
import { DEFAULT_ISSUE_FORM } from '../submission/default-form.js';
import type { FieldId } from '../submission/form-fields.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { isAdopterSubmission, isChangeRequest, readSubmission } from '../submission/index.js';
import type { Submission } from '../submission/submission.js';
import { prepareChange } from './change-proposal.js';
import { contentHash } from './content-hash.js';
import { ConfigurationError, fileUrl, type WorkflowContext } from './context.js';
import { renderPrMarker } from './markers.js';
import { hunkOf, pullBody, refusalComment } from './messages.js';
import type { IssueInfo, PullInfo } from './ports.js';
import { duplicateRefusal, invalidForm, openDuplicate, type Proposal, readBase } from './proposal-parts.js';

export type { Proposal, ReadyProposal } from './proposal-parts.js';

/** A form must not apply the approval (or override, or reject) label itself: authors would decide. */
export function checkFormLabels(template: string, ctx: WorkflowContext, path = ctx.settings['issue-form']): void {
  const form = parseYaml(template) as { labels?: unknown } | null;
  const labels = Array.isArray(form?.labels)
    ? form.labels.map(String)
    : typeof form?.labels === 'string'
      ? form.labels.split(',').map((l) => l.trim())
      : [];
  for (const key of ['label-approved', 'label-override', 'label-rejected'] as const) {
    if (labels.includes(ctx.settings[key])) {
      throw new ConfigurationError(
        `the issue form ${path} applies the label "${ctx.settings[key]}" (its labels: list), which would let anyone who files it decide; remove it from the form`,
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
 * Reads the issue against its form on the default branch — the change form for a request to update or
 * remove an entry, the adopter form otherwise — validates it, and computes the new file on the current
 * default branch. Pure of writes: intake, approval and refresh all start here.
 */
export async function prepareProposal(
  ctx: WorkflowContext,
  issue: IssueInfo,
  openPulls: PullInfo[],
): Promise<Proposal> {
  const s = ctx.settings;
  const at = await readBase(ctx);
  const changeLabelled = issue.labels.includes(s['label-adopter-change']);
  if (changeLabelled || !issue.labels.includes(s['label-adopter'])) {
    const form = await at.readForm(s['change-form'], DEFAULT_CHANGE_FORM, changeLabelled);
    checkFormLabels(form, ctx, s['change-form']);
    if (isChangeRequest(issue.body, issue.labels, { routingLabel: s['label-adopter-change'], template: form }))
      return prepareChange(ctx, issue, openPulls, at, form);
  }
  const template = await at.readForm(s['issue-form'], DEFAULT_ISSUE_FORM);
  checkFormLabels(template, ctx);
  if (!isAdopterSubmission(issue.body, issue.labels, { routingLabel: s['label-adopter'], template })) {
    return { kind: 'ignored', why: 'not an adopter submission' };
  }
  const fieldMap = Object.keys(s['field-map']).length ? (s['field-map'] as Record<string, FieldId>) : undefined;
  const read = readSubmission(issue.body, template, { fieldMap });
  if (!read.ok) return invalidForm(read);
  const submission = read.submission;
  const name = normalizeOrganizationName(submission.name);
  const duplicate = openDuplicate(ctx, issue.number, openPulls, name);
  if (duplicate) return duplicateRefusal(duplicate);
  const section = sectionFor(ctx, submission);
  const path = fileForSection(s, submission.section);
  const source = await at.read(path);
  // A group kept in its own file needs no section inside it.
  const inFile = path === s['adopters-file'] ? section : undefined;
  const result = await insertIntoFile(path, source, submission, fileOptionsFrom(s, inFile));
  if (!result.ok) {
    const link = result.line
      ? { text: `${path} line ${result.line}`, url: fileUrl(ctx, at.base, path, result.line) }
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
    content: result.content,
    hash,
    hunk,
    base: at.base,
    tip: at.tip,
    path,
    title: `Add ${submission.name} to adopters`,
    body: pullBody({
      issue: issue.number,
      name: submission.name,
      file: path,
      hunk,
      marker: renderPrMarker({ issue: issue.number, hash, name, request: 'add' }),
      why: result.why,
    }),
    line: result.line,
    preview: {
      kind: 'add',
      section: result.section,
      order: result.order,
      ...(result.newestFirst ? { newestFirst: true } : {}),
    },
    warnings: result.warnings,
    flags: result.flags,
    done: 'Added to',
  };
}
