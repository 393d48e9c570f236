// Repository-level reads: the repository, file contents, permissions, branches, protection, rules, settings.
import { GitHubError, notFound } from '../errors.js';
import { permissionsFor, renderRepository, renderUser } from '../render/accounts.js';
import { renderBranch, renderBranchProtection, renderBranchRules, renderContent } from '../render/git.js';
import { ok, viewerRole, type Handler } from './context.js';

/** `permission` as GitHub reports it: the legacy four levels (maintain → write, triage → read). */
const LEGACY_PERMISSION = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export const repoHandlers: Record<string, Handler> = {
  'repos/get': (ctx) => ok(renderRepository(ctx.repo, ctx.origins, viewerRole(ctx), true)),

  'repos/get-content': ({ repo, params, query, origins }) => {
    const ref = (query.ref as string | undefined) ?? repo.settings.defaultBranch;
    const sha = repo.refs.resolve(ref);
    if (!sha) throw new GitHubError(404, `No commit found for the ref ${ref}`);
    const path = String(params.path).replace(/^\/+|\/+$/g, '');
    const entry = repo.git.findPath(repo.git.commit(sha)!.tree, path);
    if (!entry) throw notFound();
    return ok(renderContent(repo, path, entry, ref, origins));
  },

  'repos/get-collaborator-permission-level': ({ repo, params, origins }) => {
    const account = repo.people.get(params.username);
    const role = repo.people.roleOf(account.login, repo.settings.private);
    return ok({
      permission: LEGACY_PERMISSION[role],
      role_name: account.roleName ?? role,
      user: {
        ...renderUser(account, origins),
        permissions: permissionsFor(role),
        role_name: account.roleName ?? role,
      },
    });
  },

  'repos/get-branch': ({ repo, params, origins }) => {
    const sha = repo.refs.branch(params.branch);
    if (!sha) throw new GitHubError(404, 'Branch not found');
    return ok(renderBranch(repo, params.branch, sha, origins));
  },

  'repos/get-branch-protection': ({ repo, params, origins }) => {
    if (!repo.refs.branch(params.branch)) throw new GitHubError(404, 'Branch not found');
    if (!repo.protection.branchProtection(params.branch)) throw new GitHubError(404, 'Branch not protected');
    return ok(renderBranchProtection(repo, params.branch, origins));
  },

  'repos/get-branch-rules': ({ repo, params }) => ok(renderBranchRules(repo, params.branch)),

  'actions/get-github-actions-default-workflow-permissions-repository': ({ repo }) =>
    ok({
      default_workflow_permissions: repo.settings.defaultWorkflowPermissions,
      can_approve_pull_request_reviews: repo.settings.actionsCanCreatePullRequests,
    }),
};
