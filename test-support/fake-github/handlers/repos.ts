// Repository-level reads: the repository, file contents, permissions, branches, protection, rules, settings.
import { GitHubError, notFound } from '../errors.js';
import { permissionsFor, renderRepository, renderUser } from '../render/accounts.js';
import {
  renderBranch,
  renderBranchProtection,
  renderBranchRules,
  renderContent,
  renderRepoCommit,
} from '../render/git.js';
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

  // `base...head`: the merge base and the commits of head since it (no `files`: nothing reads them yet).
  'repos/compare-commits': ({ repo, params, origins }) => {
    const base = repo.refs.resolve(params.base);
    const head = repo.refs.resolve(params.head);
    if (!base || !head) throw new GitHubError(404, 'Not Found');
    const mergeBase = repo.git.mergeBase(base, head);
    if (!mergeBase) throw new GitHubError(404, `No common ancestor between ${params.base} and ${params.head}.`);
    const ahead = repo.git.commitsBetween(mergeBase, head);
    const behind = repo.git.commitsBetween(mergeBase, base);
    const api = `${origins.api}/repos/${repo.fullName}`;
    const web = `${origins.web}/${repo.fullName}`;
    const spec = `${params.base}...${params.head}`;
    return ok({
      url: `${api}/compare/${spec}`,
      html_url: `${web}/compare/${spec}`,
      permalink_url: `${web}/compare/${repo.fullName.replace('/', ':')}:${base.slice(0, 7)}...${head.slice(0, 7)}`,
      diff_url: `${web}/compare/${spec}.diff`,
      patch_url: `${web}/compare/${spec}.patch`,
      base_commit: renderRepoCommit(repo, base, origins),
      merge_base_commit: renderRepoCommit(repo, mergeBase, origins),
      status:
        ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical',
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: ahead.slice(0, 250).map((sha) => renderRepoCommit(repo, sha, origins)),
    });
  },

  'actions/get-github-actions-default-workflow-permissions-repository': ({ repo }) =>
    ok({
      default_workflow_permissions: repo.settings.defaultWorkflowPermissions,
      can_approve_pull_request_reviews: repo.settings.actionsCanCreatePullRequests,
    }),
};
