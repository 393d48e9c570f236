// JSON for git data (refs, commits, trees, blobs), file contents, branches, protection and rules.
import type { Commit, Person, TreeEntry } from '../state/git-store.js';
import type { Rule } from '../state/protection.js';
import type { FakeRepository } from '../state/repository.js';
import { renderUser, type Origins } from './accounts.js';

const api = (repo: FakeRepository, o: Origins) => `${o.api}/repos/${repo.fullName}`;
const web = (repo: FakeRepository, o: Origins) => `${o.web}/${repo.fullName}`;
const RAW = 'https://raw.githubusercontent.com';
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** GitHub wraps base64 content at 60 columns, with a trailing newline. */
export function wrapBase64(data: Buffer): string {
  const text = data.toString('base64');
  return text.length ? `${text.match(/.{1,60}/g)!.join('\n')}\n` : '';
}

export function renderRef(repo: FakeRepository, ref: string, sha: string, o: Origins) {
  return {
    ref,
    node_id: `REF_kwDOFake${Buffer.from(ref).toString('base64url')}`,
    url: `${api(repo, o)}/git/${ref}`,
    object: { sha, type: repo.git.typeOf(sha) ?? 'commit', url: `${api(repo, o)}/git/commits/${sha}` },
  };
}

const person = (p: Person) => ({ name: p.name, email: p.email, date: p.date });

export function renderGitCommit(repo: FakeRepository, sha: string, commit: Commit, o: Origins) {
  return {
    sha,
    node_id: `C_kwDOFake${sha.slice(0, 12)}`,
    url: `${api(repo, o)}/git/commits/${sha}`,
    html_url: `${web(repo, o)}/commit/${sha}`,
    author: person(commit.author),
    committer: person(commit.committer),
    tree: { sha: commit.tree, url: `${api(repo, o)}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${api(repo, o)}/git/commits/${p}`,
      html_url: `${web(repo, o)}/commit/${p}`,
    })),
    verification: UNSIGNED,
  };
}

export function renderTree(repo: FakeRepository, sha: string, recursive: boolean, o: Origins) {
  const entries: { path: string; entry: TreeEntry }[] = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const entry of repo.git.tree(treeSha) ?? []) {
      entries.push({ path: prefix + entry.name, entry });
      if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  walk(sha, '');
  return {
    sha,
    url: `${api(repo, o)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map(({ path, entry }) => ({
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === 'blob' ? { size: repo.git.blob(entry.sha)!.length } : {}),
      url: `${api(repo, o)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
    })),
  };
}

export function renderBlob(repo: FakeRepository, sha: string, content: Buffer, o: Origins) {
  return {
    sha,
    node_id: `B_kwDOFake${sha.slice(0, 12)}`,
    size: content.length,
    url: `${api(repo, o)}/git/blobs/${sha}`,
    content: wrapBase64(content),
    encoding: 'base64',
  };
}

function contentLinks(repo: FakeRepository, path: string, entry: TreeEntry, ref: string, o: Origins) {
  const self = `${api(repo, o)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api(repo, o)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${web(repo, o)}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

/** repos/get-content for a file (object with base64 content) or a directory (array of entries). */
export function renderContent(repo: FakeRepository, path: string, entry: TreeEntry, ref: string, o: Origins) {
  if (entry.type === 'tree') {
    return (repo.git.tree(entry.sha) ?? []).map((child) => {
      const childPath = `${path}/${child.name}`;
      const isFile = child.type === 'blob';
      return {
        type: child.type === 'tree' ? 'dir' : isFile ? 'file' : 'submodule',
        size: isFile ? repo.git.blob(child.sha)!.length : 0,
        name: child.name,
        path: childPath,
        sha: child.sha,
        download_url: isFile ? `${RAW}/${repo.fullName}/${ref}/${childPath}` : null,
        ...contentLinks(repo, childPath, child, ref, o),
      };
    });
  }
  const content = repo.git.blob(entry.sha)!;
  return {
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: path.split('/').pop()!,
    path,
    content: wrapBase64(content),
    sha: entry.sha,
    download_url: `${RAW}/${repo.fullName}/${ref}/${path}`,
    ...contentLinks(repo, path, entry, ref, o),
  };
}

/** The `commit` object of repos/get-branch (author/committer as GitHub users when known, else empty). */
export function renderRepoCommit(repo: FakeRepository, sha: string, o: Origins) {
  const commit = repo.git.commit(sha)!;
  const userFor = (p: Person) => {
    const login = p.email.endsWith('@users.noreply.github.com') ? p.email.split('@')[0]! : undefined;
    const account = login ? repo.people.find(login) : undefined;
    return account ? renderUser(account, o) : {};
  };
  const url = `${api(repo, o)}/commits/${sha}`;
  return {
    sha,
    node_id: `C_kwDOFake${sha.slice(0, 12)}`,
    url,
    html_url: `${web(repo, o)}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${api(repo, o)}/git/commits/${sha}`,
      author: person(commit.author),
      committer: person(commit.committer),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api(repo, o)}/git/trees/${commit.tree}` },
      verification: UNSIGNED,
    },
    author: userFor(commit.author),
    committer: userFor(commit.committer),
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${api(repo, o)}/commits/${p}`,
      html_url: `${web(repo, o)}/commit/${p}`,
    })),
  };
}

export function renderBranchProtection(repo: FakeRepository, branch: string, o: Origins) {
  const p = repo.protection.branchProtection(branch);
  const url = `${api(repo, o)}/branches/${branch}/protection`;
  if (!p) return { url, enabled: false, name: branch, protection_url: url };
  return {
    url,
    enabled: true,
    name: branch,
    protection_url: url,
    required_status_checks: {
      url: `${url}/required_status_checks`,
      enforcement_level: 'non_admins',
      contexts: p.requiredStatusChecks,
      checks: p.requiredStatusChecks.map((context) => ({ context, app_id: null })),
      contexts_url: `${url}/required_status_checks/contexts`,
      strict: p.strict,
    },
    ...(p.requiredApprovingReviewCount > 0
      ? {
          required_pull_request_reviews: {
            url: `${url}/required_pull_request_reviews`,
            dismiss_stale_reviews: false,
            require_code_owner_reviews: false,
            required_approving_review_count: p.requiredApprovingReviewCount,
            require_last_push_approval: false,
          },
        }
      : {}),
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins },
    allow_force_pushes: { enabled: p.allowForcePushes },
    allow_deletions: { enabled: p.allowDeletions },
  };
}

export function renderBranch(repo: FakeRepository, branch: string, sha: string, o: Origins) {
  const p = repo.protection.branchProtection(branch);
  return {
    name: branch,
    commit: renderRepoCommit(repo, sha, o),
    _links: { self: `${api(repo, o)}/branches/${branch}`, html: `${web(repo, o)}/tree/${branch}` },
    protected: Boolean(p),
    protection: renderBranchProtection(repo, branch, o),
    protection_url: `${api(repo, o)}/branches/${branch}/protection`,
  };
}

function ruleParameters(rule: Rule) {
  if (rule.type === 'pull_request') {
    return {
      parameters: {
        required_approving_review_count: rule.requiredApprovingReviewCount,
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
        allowed_merge_methods: ['merge', 'squash', 'rebase'],
      },
    };
  }
  if (rule.type === 'required_status_checks') {
    return {
      parameters: {
        required_status_checks: rule.contexts.map((context) => ({ context })),
        strict_required_status_checks_policy: false,
      },
    };
  }
  return {};
}

/** repos/get-branch-rules: every active rule for the branch, with the ruleset it comes from. */
export function renderBranchRules(repo: FakeRepository, branch: string) {
  return repo.protection.rulesFor(branch, repo.settings.defaultBranch).map(({ ruleset, rule }) => ({
    type: rule.type,
    ...ruleParameters(rule),
    ruleset_source_type: 'Repository',
    ruleset_source: repo.fullName,
    ruleset_id: ruleset.id,
  }));
}
