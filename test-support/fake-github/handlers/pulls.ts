// Pull request operations; the rules themselves live in state/pulls.ts.
import { diffEntries, renderPull, renderPullSimple } from '../render/pulls.js';
import { ok, paginate, type Handler } from './context.js';

export const pullHandlers: Record<string, Handler> = {
  'pulls/create': ({ repo, body, viewer, origins }) => {
    const pull = repo.pulls.create(
      {
        title: String(body.title ?? ''),
        head: body.head,
        base: body.base,
        body: body.body,
        draft: body.draft,
        maintainerCanModify: body.maintainer_can_modify,
      },
      viewer,
    );
    return ok(renderPull(repo, pull, origins), 201);
  },

  'pulls/list': (ctx) =>
    paginate(
      ctx,
      ctx.repo.pulls.list({
        state: ctx.query.state,
        head: ctx.query.head,
        base: ctx.query.base,
        sort: ctx.query.sort,
        direction: ctx.query.direction,
      }),
      (pull) => renderPullSimple(ctx.repo, pull, ctx.origins),
    ),

  'pulls/get': ({ repo, params, origins }) => ok(renderPull(repo, repo.pulls.get(params.pull_number), origins, true)),

  'pulls/update': ({ repo, params, body, viewer, origins }) => {
    const pull = repo.pulls.update(
      params.pull_number,
      { title: body?.title, body: body?.body, state: body?.state, base: body?.base },
      viewer,
    );
    return ok(renderPull(repo, pull, origins));
  },

  'pulls/merge': ({ repo, params, body, viewer }) => {
    const pull = repo.pulls.merge(
      params.pull_number,
      {
        sha: body?.sha,
        mergeMethod: body?.merge_method,
        commitTitle: body?.commit_title,
        commitMessage: body?.commit_message,
      },
      viewer,
    );
    return ok({ sha: pull.mergeCommitSha, merged: true, message: 'Pull Request successfully merged' });
  },

  'pulls/list-files': (ctx) => {
    const pull = ctx.repo.pulls.get(ctx.params.pull_number);
    return paginate(ctx, diffEntries(ctx.repo, pull, ctx.origins), (entry) => entry);
  },
};
