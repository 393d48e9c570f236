// The shared pieces of webhook payloads: people, the repository, an issue and its labels, taken from the
// fake's state when there is one so that an event describes exactly what the fake serves.
import type { FakeGitHub } from '../fake-github/index.js';
import { DEFAULT_SETTINGS, type RepositorySettings } from '../fake-github/state/repository.js';
import { accountLike, rebaseRepository, type Json, type PayloadAccount } from './webhook-examples.js';

export type UserRef = string | { login: string; type?: 'User' | 'Bot' | 'Organization' };

export interface IssueFields {
  number?: number;
  title?: string;
  body?: string | null;
  labels?: string[];
  author?: UserRef;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
}

export class PayloadParts {
  readonly settings: RepositorySettings;

  constructor(private readonly fake?: FakeGitHub) {
    this.settings = fake?.repo.settings ?? DEFAULT_SETTINGS;
  }

  readonly account = (ref: UserRef): PayloadAccount => {
    const login = typeof ref === 'string' ? ref : ref.login;
    const type = typeof ref === 'string' ? undefined : ref.type;
    const known = this.fake?.repo.people.ensure(login, type);
    // Without a fake, derive the id from the login so one person has one id across events.
    const stableId = [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 90_000_000, 7) + 10_000_000;
    return {
      login,
      id: known?.id ?? stableId,
      type: known?.type ?? type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    };
  };

  readonly onRepository = (payload: Json, fullName = `${this.settings.owner}/${this.settings.name}`): Json =>
    rebaseRepository(payload, {
      fullName,
      id: this.settings.id,
      defaultBranch: this.settings.defaultBranch,
      private: this.settings.private,
      owner: this.account({ login: fullName.split('/')[0]!, type: this.settings.ownerType }),
    });

  readonly user = (payload: Json, ref: UserRef): Json => accountLike(payload.sender, this.account(ref));

  /** The issue as the fake has it (when `number` is a seeded issue), overridden by `fields`. */
  readonly issueFields = (fields: IssueFields): Required<IssueFields> => {
    const seeded =
      fields.number !== undefined && this.fake
        ? this.fake.repo.issues.list({ state: 'all' }).find((i) => i.number === fields.number)
        : undefined;
    return {
      number: fields.number ?? 1,
      title: fields.title ?? seeded?.title ?? 'Add my organization to ADOPTERS.md',
      body: fields.body !== undefined ? fields.body : (seeded?.body ?? ''),
      labels: fields.labels ?? seeded?.labels ?? [],
      author: fields.author ?? seeded?.author ?? 'octocat',
      state: fields.state ?? seeded?.state ?? 'open',
      stateReason: fields.stateReason !== undefined ? fields.stateReason : (seeded?.stateReason ?? null),
    };
  };

  readonly labelObject = (payload: Json, name: string): Json => {
    const label = this.fake?.repo.labels.find(name);
    const template = payload.issue?.labels?.[0] ?? payload.label ?? {};
    return {
      ...template,
      id: label?.id ?? template.id,
      node_id: label?.nodeId ?? template.node_id,
      url: `${payload.repository.url}/labels/${encodeURIComponent(name)}`,
      name,
      color: label?.color ?? 'ededed',
      default: label?.isDefault ?? false,
      description: label?.description ?? null,
    };
  };

  readonly applyIssue = (payload: Json, fields: Required<IssueFields>): Json => {
    const api = `${payload.repository.url}/issues/${fields.number}`;
    Object.assign(payload.issue, {
      url: api,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${payload.repository.html_url}/issues/${fields.number}`,
      number: fields.number,
      title: fields.title,
      body: fields.body,
      user: this.user(payload, fields.author),
      labels: fields.labels.map((name) => this.labelObject(payload, name)),
      state: fields.state,
      state_reason: fields.stateReason,
    });
    return payload;
  };
}
