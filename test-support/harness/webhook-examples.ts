// Real webhook payloads from @octokit/webhooks-examples, moved onto the fake's repository: every
// `Codertocat/Hello-World` URL, id and owner becomes the fake's, everything else stays as GitHub sent it.
import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';

// The package's main is CJS JSON and its d.ts has a default export; createRequire types it right (TOOLCHAIN P15).
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

export type Json = any;

/** A deep copy of the first real example of `event` (with `action`, when given) that passes `accept`. */
export function realExample(event: string, action?: string, accept: (example: Json) => boolean = () => true): Json {
  const examples = definitions.find((d) => d.name === event)?.examples ?? [];
  const found = examples.find((e: Json) => (action === undefined || e.action === action) && accept(e));
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(found);
}

export interface PayloadRepository {
  fullName: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  owner: PayloadAccount;
}

export interface PayloadAccount {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** Replaces every string occurrence of `from` inside `node` (URLs, labels, full names). */
function replaceStrings(node: Json, from: string, to: string): Json {
  if (typeof node === 'string') return node.split(from).join(to);
  if (Array.isArray(node)) return node.map((n) => replaceStrings(n, from, to));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replaceStrings(v, from, to)]));
  }
  return node;
}

/** A webhook user object shaped like the example's, for `account`. */
export function accountLike(template: Json, account: PayloadAccount): Json {
  let user = replaceStrings(template, `/u/${template.id}?`, `/u/${account.id}?`);
  user = replaceStrings(user, `/users/${template.login}`, `/users/${encodeURIComponent(account.login)}`);
  user = replaceStrings(user, `github.com/${template.login}`, `github.com/${account.login}`);
  const node = account.type === 'Bot' ? 'BOT' : 'U';
  return {
    ...user,
    login: account.login,
    id: account.id,
    node_id: `${node}_kgDOFake${account.id}`,
    type: account.type,
  };
}

/** Moves a payload onto `repo`: its URLs, its `repository` object and the repository's owner. */
export function rebaseRepository(payload: Json, repo: PayloadRepository): Json {
  const fromFullName: string = payload.repository.full_name;
  const moved = replaceStrings(
    replaceStrings(payload, `/${fromFullName}`, `/${repo.fullName}`),
    `:${fromFullName}`,
    `:${repo.fullName}`,
  );
  const [, name] = repo.fullName.split('/');
  const owner = accountLike(moved.repository.owner, repo.owner);
  moved.repository = {
    ...moved.repository,
    id: repo.id,
    node_id: `R_kgDOFake${repo.id}`,
    name,
    full_name: repo.fullName,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    default_branch: repo.defaultBranch,
    ...('master_branch' in moved.repository ? { master_branch: repo.defaultBranch } : {}),
    owner,
  };
  if (moved.organization) {
    if (repo.owner.type === 'Organization')
      moved.organization = { ...moved.organization, login: repo.owner.login, id: repo.owner.id };
    else delete moved.organization;
  }
  return moved;
}
