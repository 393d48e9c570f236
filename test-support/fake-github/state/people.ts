// Who is who on the fake: accounts, their role on the repository, and which token acts as which account.
import { notFound } from '../errors.js';
import type { TokenPermissions } from '../scopes.js';

export type AccountType = 'User' | 'Bot' | 'Organization';
export type BaseRole = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

const ROLE_RANK: Record<BaseRole | 'none', number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export interface Account {
  login: string;
  id: number;
  type: AccountType;
  /** The account's base role on the repository; undefined = not a collaborator. */
  role?: BaseRole;
  /** Name of a custom repository role (e.g. 'security-reviewer'), which GitHub reports as `role_name`. */
  roleName?: string;
}

/**
 * How a token acts: `actions` is the workflow's GITHUB_TOKEN (subject to "Allow GitHub Actions to create
 * and approve pull requests"); `app` and `pat` are a GitHub App installation token and a personal token.
 */
export type TokenKind = 'actions' | 'app' | 'pat';

export interface TokenIdentity {
  login: string;
  kind: TokenKind;
  /** What the token may do (a workflow's `permissions:` block); undefined = everything its account may. */
  permissions?: TokenPermissions;
}

export interface AddAccountOptions {
  /** Numeric id (default: the next free one). */
  id?: number;
  type?: AccountType;
  role?: BaseRole;
  roleName?: string;
}

export class People {
  private readonly accounts = new Map<string, Account>();
  private readonly tokens = new Map<string, TokenIdentity>();
  private nextId = 1000;

  /** Adds (or updates) an account; logins are case-insensitive as on GitHub. */
  add(login: string, options: AddAccountOptions = {}): Account {
    const existing = this.accounts.get(login.toLowerCase());
    const type = options.type ?? existing?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
    const account: Account = {
      login,
      id: options.id ?? existing?.id ?? this.nextId++,
      type,
      role: options.role ?? existing?.role,
      roleName: options.roleName ?? existing?.roleName,
    };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }

  find(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** The account, or a 404 as GitHub answers for a login that does not exist. */
  get(login: string): Account {
    const account = this.find(login);
    if (!account) throw notFound();
    return account;
  }

  /** Find or create: the seed helpers and webhook builders may name people the test never added. */
  ensure(login: string, type?: AccountType): Account {
    return this.find(login) ?? this.add(login, { type });
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.ensure(identity.login);
    this.tokens.set(token, identity);
  }

  identify(token: string): TokenIdentity | undefined {
    return this.tokens.get(token);
  }

  /** Role as GitHub resolves it: collaborators have theirs; anyone else can read a public repository. */
  roleOf(login: string, isPrivate: boolean): BaseRole | 'none' {
    const account = this.find(login);
    return account?.role ?? (isPrivate ? 'none' : 'read');
  }

  static atLeast(role: BaseRole | 'none', wanted: BaseRole): boolean {
    return ROLE_RANK[role] >= ROLE_RANK[wanted];
  }
}
