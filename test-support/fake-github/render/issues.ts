// JSON for labels, issues (pull requests included, with their `pull_request` key) and issue comments.
import type { Comment, Issue, LabelEvent } from '../state/issues.js';
import type { Label } from '../state/labels.js';
import type { FakeRepository } from '../state/repository.js';
import { renderUser, type Origins } from './accounts.js';

export function renderLabel(repo: FakeRepository, label: Label, o: Origins) {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${o.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.isDefault,
  };
}

/** The labels of an issue, in the order they were added, as label objects. */
export function renderIssueLabels(repo: FakeRepository, names: string[], o: Origins) {
  return names.map((name) => renderLabel(repo, repo.labels.get(name), o));
}

/** OWNER / MEMBER / COLLABORATOR / CONTRIBUTOR / NONE, from the author's standing in the repository. */
export function authorAssociation(repo: FakeRepository, login: string): string {
  if (login.toLowerCase() === repo.settings.owner.toLowerCase()) return 'OWNER';
  const account = repo.people.find(login);
  if (account?.role) return repo.settings.ownerType === 'Organization' ? 'MEMBER' : 'COLLABORATOR';
  return 'NONE';
}

export function renderIssue(repo: FakeRepository, issue: Issue, o: Origins) {
  const api = `${o.api}/repos/${repo.fullName}/issues/${issue.number}`;
  const web = `${o.web}/${repo.fullName}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`;
  const pull = issue.isPullRequest ? repo.pulls.get(issue.number) : undefined;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: `${o.api}/repos/${repo.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    html_url: web,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(repo.people.get(issue.author), o),
    labels: renderIssueLabels(repo, issue.labels, o),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: issue.lockReason,
    comments: repo.issues.commentCount(issue.number),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderUser(repo.people.get(issue.closedBy), o) : null,
    author_association: authorAssociation(repo, issue.author),
    ...(pull
      ? {
          draft: pull.draft,
          pull_request: {
            url: `${o.api}/repos/${repo.fullName}/pulls/${issue.number}`,
            html_url: web,
            diff_url: `${web}.diff`,
            patch_url: `${web}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
    reactions: reactions(api),
  };
}

function reactions(api: string) {
  return {
    url: `${api}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

export function renderComment(repo: FakeRepository, comment: Comment, o: Origins) {
  const issue = repo.issues.get(comment.issueNumber);
  const api = `${o.api}/repos/${repo.fullName}/issues/comments/${comment.id}`;
  const kind = issue.isPullRequest ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: api,
    html_url: `${o.web}/${repo.fullName}/${kind}/${issue.number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(repo.people.get(comment.author), o),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${o.api}/repos/${repo.fullName}/issues/${issue.number}`,
    author_association: authorAssociation(repo, comment.author),
    performed_via_github_app: null,
    reactions: reactions(api),
  };
}

/** A labeled / unlabeled event as GitHub's issue events API lists it. */
export function renderLabelEvent(repo: FakeRepository, event: LabelEvent, o: Origins) {
  const label = repo.labels.find(event.label);
  return {
    id: event.id,
    node_id: `LE_${event.id}`,
    url: `${o.api}/repos/${repo.fullName}/issues/events/${event.id}`,
    actor: renderUser(repo.people.get(event.actor), o),
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.createdAt,
    performed_via_github_app: null,
    label: { name: event.label, color: label?.color ?? 'ededed' },
  };
}
