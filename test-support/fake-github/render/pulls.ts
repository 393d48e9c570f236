// JSON for pull requests (full and list shapes) and their changed files.
import { structuredPatch } from 'diff';
import type { PullRequest } from '../state/pulls.js';
import type { FakeRepository } from '../state/repository.js';
import { renderRepository, renderUser, type Origins } from './accounts.js';
import { authorAssociation, renderIssueLabels } from './issues.js';

function branchEnd(repo: FakeRepository, branch: string, sha: string, o: Origins) {
  const owner = repo.people.get(repo.settings.owner);
  return {
    label: `${owner.login}:${branch}`,
    ref: branch,
    sha,
    user: renderUser(owner, o),
    repo: renderRepository(repo, o),
  };
}

/** pulls/list items (`pull-request-simple`). */
export function renderPullSimple(repo: FakeRepository, pull: PullRequest, o: Origins) {
  const issue = repo.pulls.issueOf(pull);
  const api = `${o.api}/repos/${repo.fullName}`;
  const self = `${api}/pulls/${pull.number}`;
  const html = `${o.web}/${repo.fullName}/pull/${pull.number}`;
  const issueUrl = `${api}/issues/${pull.number}`;
  const baseSha = repo.refs.branch(pull.base) ?? pull.headSha;
  const statuses = `${api}/statuses/${pull.headSha}`;
  const autoMerge = pull.autoMerge;
  return {
    url: self,
    id: issue.id + 1,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderUser(repo.people.get(issue.author), o),
    body: issue.body,
    // The pull-request schemas type a label's description as a string (issues allow null): GitHub sends ''.
    labels: renderIssueLabels(repo, issue.labels, o).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    active_lock_reason: issue.lockReason,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(repo, pull.head, pull.headSha, o),
    base: branchEnd(repo, pull.base, baseSha, o),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(repo, issue.author),
    auto_merge: autoMerge
      ? {
          enabled_by: renderUser(repo.people.get(autoMerge.enabledBy), o),
          merge_method: autoMerge.method,
          commit_title: '',
          commit_message: '',
        }
      : null,
    draft: pull.draft,
  };
}

/** pulls/get, pulls/create, pulls/update (`pull-request`); `asRead` advances the mergeability delay. */
export function renderPull(repo: FakeRepository, pull: PullRequest, o: Origins, asRead = false) {
  const mergeability = repo.pulls.mergeability(pull, asRead);
  const files = diffEntries(repo, pull, o);
  const baseSha = repo.refs.branch(pull.base);
  const ancestor = baseSha ? repo.git.mergeBase(baseSha, pull.headSha) : undefined;
  return {
    ...renderPullSimple(repo, pull, o),
    merged: pull.merged,
    mergeable: mergeability.mergeable,
    rebaseable: mergeability.mergeable,
    mergeable_state: mergeability.state,
    merged_by: pull.mergedBy ? renderUser(repo.people.get(pull.mergedBy), o) : null,
    comments: repo.issues.commentCount(pull.number),
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: ancestor ? repo.git.commitsBetween(ancestor, pull.headSha).length : 0,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** pulls/list-files: the diff from the merge base to the head, with unified patches. */
export function diffEntries(repo: FakeRepository, pull: PullRequest, o: Origins) {
  const { git } = repo;
  const baseSha = repo.refs.branch(pull.base) ?? pull.headSha;
  const ancestor = git.mergeBase(baseSha, pull.headSha) ?? baseSha;
  const before = git.readFiles(git.commit(ancestor)!.tree);
  const after = git.readFiles(git.commit(pull.headSha)!.tree);
  const text = (sha: string | undefined) => (sha ? git.blob(sha)!.toString('utf8') : '');
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths
    .filter((path) => before.get(path)?.sha !== after.get(path)?.sha)
    .map((path) => {
      const [old, now] = [before.get(path), after.get(path)];
      const hunks = structuredPatch(path, path, text(old?.sha), text(now?.sha), '', '', { context: 3 }).hunks;
      const lines = hunks.flatMap((h) => h.lines);
      const additions = lines.filter((l) => l.startsWith('+')).length;
      const deletions = lines.filter((l) => l.startsWith('-')).length;
      const ref = now ? pull.headSha : ancestor;
      return {
        sha: (now ?? old)!.sha,
        filename: path,
        status: !old ? 'added' : !now ? 'removed' : 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `${o.web}/${repo.fullName}/blob/${ref}/${path}`,
        raw_url: `${o.web}/${repo.fullName}/raw/${ref}/${path}`,
        contents_url: `${o.api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
        patch: hunks
          .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
          .join('\n'),
      };
    });
}
