// Issues, issue comments and labels (repository labels and the labels on an issue).
import { renderComment, renderIssue, renderIssueLabels, renderLabel, renderLabelEvent } from '../render/issues.js';
import { ok, paginate, type Handler } from './context.js';

type LabelInput = string | { name?: string };

/** add-labels / set-labels accept `{labels: [...]}`, a bare array, or one string; items are names or `{name}`. */
function labelNames(body: unknown): string[] {
  const list: LabelInput[] = Array.isArray(body)
    ? body
    : typeof body === 'string'
      ? [body]
      : ((body as { labels?: LabelInput[] } | undefined)?.labels ?? []);
  return list.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

export const issueHandlers: Record<string, Handler> = {
  'issues/create': ({ repo, body, viewer, origins }) => {
    const issue = repo.issues.create({
      title: String(body.title),
      body: body.body,
      labels: body.labels ? labelNames(body.labels) : undefined,
      author: viewer.login,
    });
    return ok(renderIssue(repo, issue, origins), 201);
  },

  'issues/get': ({ repo, params, origins }) => ok(renderIssue(repo, repo.issues.get(params.issue_number), origins)),

  'issues/update': ({ repo, params, body, viewer, origins }) => {
    const issue = repo.issues.update(
      params.issue_number,
      {
        title: body?.title === undefined || body.title === null ? undefined : String(body.title),
        body: body?.body,
        state: body?.state,
        state_reason: body?.state_reason,
        labels: body?.labels ? labelNames(body.labels) : undefined,
      },
      viewer.login,
    );
    return ok(renderIssue(repo, issue, origins));
  },

  'issues/list-for-repo': (ctx) =>
    paginate(
      ctx,
      ctx.repo.issues.list({
        state: ctx.query.state,
        labels: ctx.query.labels,
        creator: ctx.query.creator,
        since: ctx.query.since,
        sort: ctx.query.sort,
        direction: ctx.query.direction,
      }),
      (issue) => renderIssue(ctx.repo, issue, ctx.origins),
    ),

  'issues/list-comments': (ctx) =>
    paginate(ctx, ctx.repo.issues.listComments(ctx.params.issue_number, ctx.query.since), (c) =>
      renderComment(ctx.repo, c, ctx.origins),
    ),

  'issues/get-comment': ({ repo, params, origins }) =>
    ok(renderComment(repo, repo.issues.getComment(params.comment_id), origins)),

  'issues/create-comment': ({ repo, params, body, viewer, origins }) =>
    ok(renderComment(repo, repo.issues.addComment(params.issue_number, body.body, viewer.login), origins), 201),

  'issues/update-comment': ({ repo, params, body, origins }) =>
    ok(renderComment(repo, repo.issues.editComment(params.comment_id, body.body), origins)),

  // ---- labels

  'issues/create-label': ({ repo, body, origins }) =>
    ok(renderLabel(repo, repo.labels.create(body.name, body.color, body.description ?? null), origins), 201),

  'issues/get-label': ({ repo, params, origins }) => ok(renderLabel(repo, repo.labels.get(params.name), origins)),

  'issues/list-labels-for-repo': (ctx) =>
    paginate(ctx, ctx.repo.labels.list(), (label) => renderLabel(ctx.repo, label, ctx.origins)),

  'issues/list-labels-on-issue': (ctx) =>
    paginate(ctx, ctx.repo.issues.get(ctx.params.issue_number).labels, (name) =>
      renderLabel(ctx.repo, ctx.repo.labels.get(name), ctx.origins),
    ),

  'issues/add-labels': ({ repo, params, body, viewer, origins }) =>
    ok(renderIssueLabels(repo, repo.issues.addLabels(params.issue_number, labelNames(body), viewer.login), origins)),

  'issues/set-labels': ({ repo, params, body, viewer, origins }) =>
    ok(renderIssueLabels(repo, repo.issues.setLabels(params.issue_number, labelNames(body), viewer.login), origins)),

  'issues/remove-label': ({ repo, params, viewer, origins }) =>
    ok(renderIssueLabels(repo, repo.issues.removeLabel(params.issue_number, params.name, viewer.login), origins)),

  'issues/list-events': (ctx) =>
    paginate(ctx, ctx.repo.issues.listLabelEvents(ctx.params.issue_number), (e) =>
      renderLabelEvent(ctx.repo, e, ctx.origins),
    ),
};
