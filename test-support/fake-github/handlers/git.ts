// The Git Data API: blobs, trees (with base_tree and nested paths), commits and refs.
import { notFound, unprocessable } from '../errors.js';
import { renderBlob, renderGitCommit, renderRef, renderTree } from '../render/git.js';
import type { EntryMode, EntryType, FileEntry, Person } from '../state/git-store.js';
import { fullRefName } from '../state/refs.js';
import { ok, type Handler, type RequestContext } from './context.js';

interface TreeInput {
  path: string;
  mode: EntryMode;
  type: EntryType;
  sha?: string | null;
  content?: string;
}

/** Applies create-tree entries to a flat file map: a blob or submodule sets a path, a tree grafts a directory. */
function applyTreeEntry(ctx: RequestContext, files: Map<string, FileEntry>, entry: TreeInput): void {
  const { git } = ctx.repo;
  if (entry.sha !== undefined && entry.content !== undefined) {
    throw unprocessable('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
  }
  if (!entry.path || entry.path.startsWith('/') || entry.path.split('/').some((s) => !s || s === '.' || s === '..')) {
    throw unprocessable(`tree.path contains a malformed path component`);
  }
  const removeUnder = (path: string) => {
    files.delete(path);
    for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
  };
  if (entry.sha === null) return removeUnder(entry.path);
  const sha = entry.content !== undefined ? git.writeBlob(Buffer.from(entry.content, 'utf8')) : entry.sha;
  if (!sha) throw unprocessable('Must supply either tree.sha or tree.content.');
  if (entry.type !== 'commit' && git.typeOf(sha) !== entry.type) throw unprocessable('GitRPC::BadObjectState');
  removeUnder(entry.path);
  if (entry.type === 'tree') {
    for (const [path, file] of git.readFiles(sha)) files.set(`${entry.path}/${path}`, file);
  } else {
    files.set(entry.path, { mode: entry.mode, type: entry.type, sha });
  }
}

function personOf(ctx: RequestContext, given: Partial<Person> | undefined): Person {
  const account = ctx.repo.people.get(ctx.viewer.login);
  return {
    name: given?.name ?? account.login,
    email: given?.email ?? `${account.id}+${account.login}@users.noreply.github.com`,
    date: given?.date ? new Date(given.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : ctx.repo.clock.now(),
  };
}

function deleteBranchRef(ctx: RequestContext, ref: string): void {
  const { repo } = ctx;
  const branch = fullRefName(ref).replace(/^refs\/heads\//, '');
  if (fullRefName(ref).startsWith('refs/heads/')) {
    if (branch === repo.settings.defaultBranch) throw unprocessable('Cannot delete the default branch');
    const blocker = repo.protection.refUpdateBlocker(branch, repo.settings.defaultBranch, 'delete');
    if (blocker) throw unprocessable(blocker);
  }
  repo.refs.delete(ref);
  // Deleting the head branch of an open pull request closes it, as on GitHub.
  for (const pull of repo.pulls.list({ state: 'open' }).filter((p) => p.head === branch)) {
    repo.pulls.update(pull.number, { state: 'closed' }, ctx.viewer);
  }
}

export const gitHandlers: Record<string, Handler> = {
  'git/create-blob': ({ repo, body, origins }) => {
    const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
    const sha = repo.git.writeBlob(content);
    return ok({ sha, url: `${origins.api}/repos/${repo.fullName}/git/blobs/${sha}` }, 201);
  },

  'git/get-blob': ({ repo, params, origins }) => {
    const content = repo.git.blob(params.file_sha);
    if (!content) throw notFound();
    return ok(renderBlob(repo, params.file_sha, content, origins));
  },

  'git/create-tree': (ctx) => {
    const { repo, body } = ctx;
    const files = new Map<string, FileEntry>();
    if (body.base_tree !== undefined) {
      if (repo.git.typeOf(body.base_tree) !== 'tree') throw unprocessable('base_tree is not a valid tree oid');
      for (const [path, file] of repo.git.readFiles(body.base_tree)) files.set(path, file);
    }
    for (const entry of body.tree as TreeInput[]) applyTreeEntry(ctx, files, entry);
    return ok(renderTree(repo, repo.git.writeFiles(files), false, ctx.origins), 201);
  },

  'git/get-tree': ({ repo, params, query, origins }) => {
    let sha: string | undefined = params.tree_sha;
    if (repo.git.typeOf(sha!) !== 'tree') {
      const commit = repo.refs.resolve(params.tree_sha);
      sha = commit ? repo.git.commit(commit)!.tree : undefined;
    }
    if (!sha) throw notFound();
    return ok(renderTree(repo, sha, query.recursive !== undefined, origins));
  },

  'git/create-commit': (ctx) => {
    const { repo, body } = ctx;
    if (repo.git.typeOf(body.tree) !== 'tree') throw unprocessable('Tree SHA does not exist');
    const parents: string[] = body.parents ?? [];
    if (parents.some((p) => repo.git.typeOf(p) !== 'commit')) {
      throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
    const author = personOf(ctx, body.author);
    const committer = body.committer ? personOf(ctx, body.committer) : author;
    const sha = repo.git.writeCommit({ tree: body.tree, parents, author, committer, message: body.message });
    return ok(renderGitCommit(repo, sha, repo.git.commit(sha)!, ctx.origins), 201);
  },

  'git/get-commit': ({ repo, params, origins }) => {
    const commit = repo.git.commit(params.commit_sha);
    if (!commit) throw notFound();
    return ok(renderGitCommit(repo, params.commit_sha, commit, origins));
  },

  'git/get-ref': ({ repo, params, origins }) => {
    const ref = fullRefName(params.ref);
    return ok(renderRef(repo, ref, repo.refs.require(ref), origins));
  },

  'git/list-matching-refs': ({ repo, params, origins }) =>
    ok(repo.refs.matching(params.ref).map(({ ref, sha }) => renderRef(repo, ref, sha, origins))),

  'git/create-ref': ({ repo, body, origins }) => {
    repo.refs.create(body.ref, body.sha);
    return ok(renderRef(repo, body.ref, body.sha, origins), 201);
  },

  'git/update-ref': ({ repo, params, body, origins }) => {
    const ref = fullRefName(params.ref);
    const current = repo.refs.get(ref);
    const branch = ref.replace(/^refs\/heads\//, '');
    if (current && body.force && repo.git.typeOf(body.sha) === 'commit' && !repo.git.isAncestor(current, body.sha)) {
      const blocker = repo.protection.refUpdateBlocker(branch, repo.settings.defaultBranch, 'force-push');
      if (blocker) throw unprocessable(blocker);
    }
    repo.refs.update(ref, body.sha, body.force === true);
    return ok(renderRef(repo, ref, body.sha, origins));
  },

  'git/delete-ref': (ctx) => {
    deleteBranchRef(ctx, ctx.params.ref);
    return { status: 204 };
  },
};
