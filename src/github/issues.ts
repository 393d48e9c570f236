import type { CommentInfo, IssueInfo, IssuesPort } from '../workflows/ports.js';
import { isStatus } from './errors.js';
import { listOpenIssues } from './list-open-issues.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './repository.js';

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  locked?: boolean;
  user: { login: string } | null;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
  html_url: string;
  comments?: number;
}

export function toIssueInfo(issue: RestIssue): IssueInfo {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: issue.state_reason,
    locked: Boolean(issue.locked),
    author: issue.user?.login ?? '',
    labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    isPullRequest: Boolean(issue.pull_request),
    url: issue.html_url,
    comments: issue.comments,
  };
}

/** Issues, comments and labels. Pull requests are issues too: labels and comments work on both. */
export class GitHubIssues implements IssuesPort {
  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
  ) {}

  async get(number: number): Promise<IssueInfo | undefined> {
    try {
      const { data } = await this.octokit.rest.issues.get({ ...this.ref, issue_number: number });
      return toIssueInfo(data);
    } catch (error) {
      if (isStatus(error, 404, 410)) return undefined;
      throw error;
    }
  }

  listOpen(labels: readonly string[]): Promise<IssueInfo[][]> {
    return listOpenIssues(this.octokit, this.ref, labels);
  }

  async comments(number: number): Promise<CommentInfo[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.ref,
      issue_number: number,
      per_page: 100,
    });
    return comments.map((c) => ({ id: c.id, author: c.user?.login ?? '', body: c.body ?? '' }));
  }

  async createComment(number: number, body: string): Promise<number> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.ref, issue_number: number, body });
    return data.id;
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.ref, comment_id: id, body });
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    if (labels.length) await this.octokit.rest.issues.addLabels({ ...this.ref, issue_number: number, labels });
  }

  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({ ...this.ref, issue_number: number, name: label });
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }

  async labelActor(number: number, label: string): Promise<{ login: string; type: string } | undefined> {
    const events = await this.octokit.paginate(this.octokit.rest.issues.listEvents, {
      ...this.ref,
      issue_number: number,
      per_page: 100,
    });
    const wanted = label.toLowerCase();
    const last = events
      .filter((e) => e.event === 'labeled' && 'label' in e && e.label?.name.toLowerCase() === wanted)
      .at(-1);
    return last?.actor ? { login: last.actor.login, type: last.actor.type } : undefined;
  }

  async close(number: number, reason: 'completed' | 'not_planned'): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.ref, issue_number: number, state: 'closed', state_reason: reason });
  }
}
