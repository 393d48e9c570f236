// Issues and their comments. Pull requests are issues too (one number sequence, listed by issues/list-for-repo),
// exactly as on GitHub; the pull-request half lives in pulls.ts.
import { notFound, validationFailed } from '../errors.js';
import { nodeId, type Clock, type Ids } from './clock.js';
import type { Labels } from './labels.js';
import type { People } from './people.js';

/** GitHub refuses issue and comment bodies longer than this. */
export const MAX_BODY_LENGTH = 65_536;

export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';

export interface Issue {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: StateReason | null;
  /** Label names as the repository spells them. */
  labels: string[];
  author: string;
  locked: boolean;
  lockReason: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  isPullRequest: boolean;
}

/** A label added to or removed from an issue, and by whom: what GitHub's issue events API lists. */
export interface LabelEvent {
  id: number;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  createdAt: string;
}

export interface Comment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface IssuePatch {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: StateReason | null;
  labels?: string[];
}

export interface IssueFilter {
  state?: 'open' | 'closed' | 'all';
  /** Comma-separated; an issue must carry every one. */
  labels?: string;
  creator?: string;
  since?: string;
  sort?: 'created' | 'updated' | 'comments';
  direction?: 'asc' | 'desc';
}

function checkBodyLength(resource: string, body: string | null | undefined): void {
  if ((body ?? '').length <= MAX_BODY_LENGTH) return;
  throw validationFailed([
    { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` },
  ]);
}

export class IssueTracker {
  private readonly issues = new Map<number, Issue>();
  private readonly comments = new Map<number, Comment>();
  private readonly labelEvents: LabelEvent[] = [];
  private lastNumber = 0;

  constructor(
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly people: People,
    private readonly labels: Labels,
  ) {}

  create(input: { title: string; body?: string | null; labels?: string[]; author: string }, isPullRequest = false) {
    checkBodyLength('Issue', input.body);
    this.people.ensure(input.author);
    const id = this.ids.take('issue', 3_000_000_001);
    const now = this.clock.now();
    const issue: Issue = {
      number: ++this.lastNumber,
      id,
      nodeId: nodeId(isPullRequest ? 'PR' : 'I', id),
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      author: input.author,
      locked: false,
      lockReason: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      isPullRequest,
    };
    this.issues.set(issue.number, issue);
    if (input.labels) this.setLabels(issue.number, input.labels);
    return issue;
  }

  get(number: number): Issue {
    const issue = this.issues.get(number);
    if (!issue) throw notFound();
    return issue;
  }

  update(number: number, patch: IssuePatch, actor: string): Issue {
    const issue = this.get(number);
    checkBodyLength('Issue', patch.body);
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.labels !== undefined) this.setLabels(number, patch.labels);
    if (patch.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = this.clock.now();
      issue.closedBy = actor;
      issue.stateReason = patch.state_reason ?? 'completed';
    } else if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.closedBy = null;
      issue.stateReason = 'reopened';
    } else if (patch.state_reason !== undefined && issue.state === 'closed') {
      issue.stateReason = patch.state_reason;
    }
    issue.updatedAt = this.clock.now();
    return issue;
  }

  list(filter: IssueFilter = {}): Issue[] {
    const state = filter.state ?? 'open';
    const wanted = (filter.labels ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const found = [...this.issues.values()].filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)) &&
        (!filter.creator || i.author.toLowerCase() === filter.creator.toLowerCase()) &&
        (!filter.since || i.updatedAt >= filter.since),
    );
    const key = (i: Issue) =>
      filter.sort === 'updated' ? i.updatedAt : filter.sort === 'comments' ? this.commentCount(i.number) : i.createdAt;
    const sign = filter.direction === 'asc' ? 1 : -1;
    return found.sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : sign * (a.number - b.number)));
  }

  // ---- labels on an issue: missing repository labels are created on the fly, as GitHub does

  /** Adds labels as `actor` (default: the issue's author, as when a form applies them). */
  addLabels(number: number, names: string[], actor?: string): string[] {
    const issue = this.get(number);
    for (const name of names) {
      const label = this.labels.ensure(name);
      if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
      issue.labels.push(label.name);
      this.recordLabelEvent(issue, 'labeled', label.name, actor);
    }
    issue.updatedAt = this.clock.now();
    return issue.labels;
  }

  setLabels(number: number, names: string[], actor?: string): string[] {
    const issue = this.get(number);
    for (const label of issue.labels) this.recordLabelEvent(issue, 'unlabeled', label, actor);
    issue.labels = [];
    return this.addLabels(number, names, actor);
  }

  removeLabel(number: number, name: string, actor?: string): string[] {
    const issue = this.get(number);
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (index < 0) throw notFound('Label does not exist');
    const [removed] = issue.labels.splice(index, 1);
    this.recordLabelEvent(issue, 'unlabeled', removed!, actor);
    issue.updatedAt = this.clock.now();
    return issue.labels;
  }

  /** Label events of an issue, oldest first. */
  listLabelEvents(number: number): LabelEvent[] {
    this.get(number);
    return this.labelEvents.filter((e) => e.issueNumber === number);
  }

  private recordLabelEvent(issue: Issue, event: LabelEvent['event'], label: string, actor?: string): void {
    const login = actor ?? issue.author;
    this.people.ensure(login);
    const id = this.ids.take('event', 4_000_000_001);
    this.labelEvents.push({ id, issueNumber: issue.number, event, label, actor: login, createdAt: this.clock.now() });
  }

  // ---- comments

  commentCount(number: number): number {
    return [...this.comments.values()].filter((c) => c.issueNumber === number).length;
  }

  listComments(number: number, since?: string): Comment[] {
    this.get(number);
    return [...this.comments.values()].filter((c) => c.issueNumber === number && (!since || c.updatedAt >= since));
  }

  getComment(id: number): Comment {
    const comment = this.comments.get(id);
    if (!comment) throw notFound();
    return comment;
  }

  addComment(number: number, body: string, author: string): Comment {
    const issue = this.get(number);
    checkBodyLength('IssueComment', body);
    this.people.ensure(author);
    const id = this.ids.take('comment', 2_000_000_001);
    const now = this.clock.now();
    const comment = { id, nodeId: nodeId('IC', id), issueNumber: number, body, author, createdAt: now, updatedAt: now };
    this.comments.set(id, comment);
    issue.updatedAt = now;
    return comment;
  }

  editComment(id: number, body: string): Comment {
    const comment = this.getComment(id);
    checkBodyLength('IssueComment', body);
    comment.body = body;
    comment.updatedAt = this.clock.now();
    return comment;
  }
}
