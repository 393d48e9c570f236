// Webhook events for the e2e harness, built from real payloads and bound to a fake GitHub so that the
// issue, pull request, people and shas in the event are the ones the fake serves.
import type {
  IssueCommentCreatedEvent,
  IssuesClosedEvent,
  IssuesEditedEvent,
  IssuesLabeledEvent,
  IssuesOpenedEvent,
  IssuesReopenedEvent,
  IssuesUnlabeledEvent,
  PullRequestClosedEvent,
  PullRequestLabeledEvent,
  PullRequestOpenedEvent,
  PullRequestReopenedEvent,
  PullRequestSynchronizeEvent,
  PushEvent,
  WorkflowDispatchEvent,
} from '@octokit/webhooks-types';
import type { FakeGitHub } from '../fake-github/index.js';
import { PayloadParts, type IssueFields, type UserRef } from './payload-parts.js';
import { realExample, type Json } from './webhook-examples.js';

export type { IssueFields, UserRef };

export interface WebhookEvent<Payload = unknown> {
  /** GITHUB_EVENT_NAME. */
  event: string;
  payload: Payload;
}

/** The `schedule` event file (not a webhook, so no type in @octokit/webhooks-types). */
export interface ScheduleEvent {
  schedule: string;
}

/** The payload type of each `issues` action the builders make. */
export interface IssuesEvents {
  opened: IssuesOpenedEvent;
  edited: IssuesEditedEvent;
  labeled: IssuesLabeledEvent;
  unlabeled: IssuesUnlabeledEvent;
  closed: IssuesClosedEvent;
  reopened: IssuesReopenedEvent;
}

export type IssuesAction = keyof IssuesEvents;

export interface IssuesOptions extends IssueFields {
  sender?: UserRef;
  /** The label added or removed (labeled / unlabeled). */
  label?: string;
  /** Previous title/body (edited). */
  changes?: { title?: string; body?: string };
  /** Override the repository full name (default: the fake's). */
  repository?: string;
}

/** The payload type of each `pull_request` action the builders make. */
export interface PullRequestEvents {
  closed: PullRequestClosedEvent;
  labeled: PullRequestLabeledEvent;
  opened: PullRequestOpenedEvent;
  synchronize: PullRequestSynchronizeEvent;
  reopened: PullRequestReopenedEvent;
}

export interface PullRequestOptions {
  number?: number;
  merged?: boolean;
  label?: string;
  sender?: UserRef;
  repository?: string;
}

/** Builds events against `fake` (or against the fake's default repository when there is none). */
export function webhookEvents(fake?: FakeGitHub) {
  const parts = new PayloadParts(fake);
  const settings = parts.settings;
  const { onRepository, user, issueFields, labelObject, applyIssue } = parts;

  return {
    issues<A extends IssuesAction>(action: A, options: IssuesOptions = {}): WebhookEvent<IssuesEvents[A]> {
      // There is no `issues.closed` example: it is the `reopened` one with the state a close gives.
      const example = action === 'closed' ? realExample('issues', 'reopened') : realExample('issues', action);
      const payload = onRepository(example, options.repository);
      payload.action = action;
      const fields = issueFields(options);
      if (action === 'closed')
        Object.assign(fields, { state: 'closed', stateReason: options.stateReason ?? 'completed' });
      if (action === 'closed') payload.issue.closed_at = payload.issue.updated_at;
      if (action === 'labeled' || action === 'unlabeled') {
        payload.label = labelObject(payload, options.label ?? fields.labels[fields.labels.length - 1] ?? 'adopter');
      }
      if (action === 'edited') {
        payload.changes = {
          ...(options.changes?.title !== undefined ? { title: { from: options.changes.title } } : {}),
          ...(options.changes?.body !== undefined || !options.changes
            ? { body: { from: options.changes?.body ?? '' } }
            : {}),
        };
      }
      applyIssue(payload, fields);
      payload.sender = user(example, options.sender ?? fields.author);
      return { event: 'issues', payload };
    },

    issueComment(
      options: IssueFields & { sender?: UserRef; comment: { body: string; id?: number }; repository?: string },
    ): WebhookEvent<IssueCommentCreatedEvent> {
      const example = realExample('issue_comment', 'created');
      const payload = applyIssue(onRepository(example, options.repository), issueFields(options));
      const sender = options.sender ?? 'octocat';
      const id = options.comment.id ?? 2_000_000_000;
      Object.assign(payload.comment, {
        id,
        body: options.comment.body,
        user: user(example, sender),
        url: `${payload.repository.url}/issues/comments/${id}`,
        html_url: `${payload.issue.html_url}#issuecomment-${id}`,
        issue_url: payload.issue.url,
      });
      payload.sender = user(example, sender);
      return { event: 'issue_comment', payload };
    },

    pullRequest<A extends keyof PullRequestEvents>(
      action: A,
      options: PullRequestOptions = {},
    ): WebhookEvent<PullRequestEvents[A]> {
      const example = realExample('pull_request', action);
      const payload = onRepository(example, options.repository);
      const number = options.number ?? payload.number;
      const pr = payload.pull_request;
      const state = fake?.repo.pulls.list({ state: 'all' }).find((p) => p.number === number);
      const issue = state ? fake!.repo.pulls.issueOf(state) : undefined;
      const merged = options.merged ?? state?.merged ?? false;
      Object.assign(pr, {
        number,
        url: `${payload.repository.url}/pulls/${number}`,
        html_url: `${payload.repository.html_url}/pull/${number}`,
        title: issue?.title ?? pr.title,
        body: issue?.body ?? pr.body,
        user: user(example, issue?.author ?? pr.user.login),
        labels: (issue?.labels ?? pr.labels.map((l: Json) => l.name)).map((n: string) => labelObject(payload, n)),
        // The examples hold no merged close: a merged one differs by these fields.
        merged,
        merged_at: merged ? (state?.mergedAt ?? pr.closed_at ?? pr.updated_at) : null,
        merge_commit_sha: state?.mergeCommitSha ?? pr.merge_commit_sha,
        merged_by: merged ? user(example, state?.mergedBy ?? 'octocat') : null,
      });
      if (state) {
        Object.assign(pr.head, { ref: state.head, sha: state.headSha, label: `${settings.owner}:${state.head}` });
        Object.assign(pr.base, { ref: state.base, sha: fake!.repo.refs.branch(state.base) ?? pr.base.sha });
        pr.head.repo = payload.repository;
        pr.base.repo = payload.repository;
      }
      payload.number = number;
      if (action === 'labeled') payload.label = labelObject(payload, options.label ?? payload.label.name);
      payload.sender = user(example, options.sender ?? 'octocat');
      return { event: 'pull_request', payload };
    },

    push(
      options: {
        branch?: string;
        before?: string;
        after?: string;
        added?: string[];
        modified?: string[];
        sender?: UserRef;
      } = {},
    ): WebhookEvent<PushEvent> {
      const example = realExample('push', undefined, (e) => e.ref.startsWith('refs/heads/'));
      const payload = onRepository(example);
      const branch = options.branch ?? settings.defaultBranch;
      const after = options.after ?? fake?.repo.refs.branch(branch) ?? payload.after;
      const before = options.before ?? fake?.repo.git.commit(after)?.parents[0] ?? payload.before;
      Object.assign(payload, {
        ref: `refs/heads/${branch}`,
        before,
        after,
        compare: `${payload.repository.html_url}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      });
      const files = { added: options.added ?? [], removed: [], modified: options.modified ?? ['ADOPTERS.md'] };
      payload.head_commit = { ...payload.head_commit, id: after, ...files };
      payload.commits = [payload.head_commit];
      payload.sender = user(example, options.sender ?? settings.owner);
      return { event: 'push', payload };
    },

    workflowDispatch(
      options: { ref?: string; inputs?: Record<string, string>; sender?: UserRef } = {},
    ): WebhookEvent<WorkflowDispatchEvent> {
      const example = realExample('workflow_dispatch');
      const payload = onRepository(example);
      payload.ref = options.ref ?? `refs/heads/${settings.defaultBranch}`;
      payload.inputs = options.inputs ?? {};
      payload.sender = user(example, options.sender ?? settings.owner);
      return { event: 'workflow_dispatch', payload };
    },

    /** `schedule` is not a webhook (no example exists): the runner's event file holds the cron line only. */
    schedule(cron = '17 3 * * 1'): WebhookEvent<ScheduleEvent> {
      return { event: 'schedule', payload: { schedule: cron } };
    },
  };
}
