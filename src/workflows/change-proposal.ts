import { changeFile, type FileChangeRefused } from '../adopters-file/change.js';
import { fileOptionsFrom } from '../adopters-file/options.js';
import { isNearMiss } from '../adopters/find-entry.js';
import { unifiedDiff } from '../text/unified-diff.js';
import type { ChangeFieldId } from '../submission/form-fields.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { type ChangeRequest, readChangeRequest } from '../submission/read-change-request.js';
import { changeHash } from './content-hash.js';
import { fileUrl, type WorkflowContext } from './context.js';
import { branchFor, renderPrMarker } from './markers.js';
import { changePullBody, completedComment, hunkOf, refusalComment } from './messages.js';
import type { IssueInfo, PullInfo } from './ports.js';
import { type Base, duplicateRefusal, invalidForm, openDuplicate, type Proposal } from './proposal-parts.js';

/**
 * A removal whose entry is not listed is already done when the bot had found the entry before (its PR
 * or its label says so: someone removed it by hand meanwhile), or when no listed name is close enough
 * to be what the person meant. A near miss is more likely a typo: that is a problem to fix instead.
 */
function alreadyRemoved(
  ctx: WorkflowContext,
  issue: IssueInfo,
  openPulls: PullInfo[],
  refusal: FileChangeRefused,
  asked: string,
) {
  const s = ctx.settings;
  const hadPull =
    issue.labels.includes(s['label-pr-open']) ||
    openPulls.some((p) => p.headRef === branchFor(issue.number) && p.author === s['bot-login']);
  return hadPull || !(refusal.closest ?? []).some((c) => isNearMiss(asked, c.name));
}

function refused(
  ctx: WorkflowContext,
  issue: IssueInfo,
  openPulls: PullInfo[],
  at: Base,
  request: ChangeRequest,
  refusal: FileChangeRefused,
): Proposal {
  const path = ctx.settings['adopters-file'];
  if (
    refusal.code === 'not-found' &&
    request.kind === 'remove' &&
    alreadyRemoved(ctx, issue, openPulls, refusal, request.entry)
  ) {
    return {
      kind: 'completed',
      comment: completedComment(request.entry, path, refusal.closest ?? []),
      why: 'the entry is not listed',
    };
  }
  const line = refusal.line ?? refusal.lines?.[0];
  const link = line ? { text: `${path} line ${line}`, url: fileUrl(ctx, at.base, path, line) } : undefined;
  const verb = request.kind === 'update' ? 'update this entry' : 'remove this entry';
  return {
    kind: 'invalid',
    comment: refusalComment(`The bot cannot ${verb}: ${refusal.reason}`, link),
    why: refusal.code,
  };
}

/**
 * A request to update or remove a listed entry: read and validated against the change form, applied to
 * the adopters file on the default branch through the one door (`changeFile`), and described for the
 * pull request and the preview. An approval is bound to the request and to the entry's text before and
 * after the change.
 */
export async function prepareChange(
  ctx: WorkflowContext,
  issue: IssueInfo,
  openPulls: PullInfo[],
  at: Base,
  form: string,
): Promise<Proposal> {
  const s = ctx.settings;
  const map = s['change-field-map'];
  const fieldMap = Object.keys(map).length ? (map as Record<string, ChangeFieldId>) : undefined;
  const read = readChangeRequest(issue.body, form, { fieldMap });
  if (!read.ok) return invalidForm(read);
  const request = read.request;
  const path = s['adopters-file'];
  const source = await at.read(path);
  const result = await changeFile(path, source, request, fileOptionsFrom(s));
  if (!result.ok) return refused(ctx, issue, openPulls, at, request, result);
  const name = normalizeOrganizationName(result.name);
  const duplicate = openDuplicate(ctx, issue.number, openPulls, name);
  if (duplicate) return duplicateRefusal(duplicate);
  const hash = changeHash(request, result.previous, result.entry);
  const hunk = hunkOf(unifiedDiff(path, source, result.content));
  const update = request.kind === 'update';
  return {
    kind: 'ready',
    content: result.content,
    hash,
    hunk,
    base: at.base,
    tip: at.tip,
    path,
    title: update ? `Update ${result.name} in ${path}` : `Remove ${result.name} from ${path}`,
    body: changePullBody({
      issue: issue.number,
      kind: request.kind,
      name: result.name,
      file: path,
      hunk,
      reason: request.reason,
      marker: renderPrMarker({ issue: issue.number, hash, name, request: request.kind }),
    }),
    line: result.line,
    preview: { kind: request.kind, moved: result.moved, reason: request.reason },
    warnings: result.warnings,
    flags: result.flags,
    done: update ? 'Updated in' : 'Removed from',
  };
}
