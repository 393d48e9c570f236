// Token permissions (the `permissions:` block of a workflow, or an app's installation permissions):
// a write without the needed scope gets GitHub's 403 "Resource not accessible by integration".
// `administration` covers branch protection and the repository's Actions settings; a workflow's
// `permissions:` cannot grant it, so the workflow token (given any permissions block) never has it.
export type Scope = 'contents' | 'issues' | 'pull_requests' | 'actions' | 'administration' | 'metadata';
export type Access = 'none' | 'read' | 'write';
export type TokenPermissions = Partial<Record<Scope, Access>>;

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 };

/** The scope and access an operation needs; merging writes the base branch, hence `contents`. */
export function requiredScope(operationId: string, method: string): { scope: Scope; access: Access } {
  const access: Access = method === 'GET' ? 'read' : 'write';
  if (operationId === 'pulls/merge') return { scope: 'contents', access };
  if (operationId === 'graphql') return { scope: 'pull_requests', access: 'write' };
  // A GraphQL query such as `viewer { login }` needs no particular permission; mutations do (above).
  if (operationId === 'graphql/query') return { scope: 'metadata', access: 'read' };
  if (
    operationId === 'repos/get-branch-protection' ||
    operationId === 'actions/get-github-actions-default-workflow-permissions-repository'
  )
    return { scope: 'administration', access };
  if (operationId === 'repos/compare-commits') return { scope: 'contents', access };
  const tag = operationId.split('/')[0];
  if (tag === 'git' || operationId === 'repos/get-content') return { scope: 'contents', access };
  if (tag === 'pulls') return { scope: 'pull_requests', access };
  if (tag === 'issues') return { scope: 'issues', access };
  if (tag === 'actions') return { scope: 'actions', access };
  return { scope: 'metadata', access: 'read' };
}

/** Whether a token with `permissions` (undefined = unrestricted) may call the operation. */
export function allows(permissions: TokenPermissions | undefined, operationId: string, method: string): boolean {
  if (!permissions) return true;
  const { scope, access } = requiredScope(operationId, method);
  const granted = permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
  return RANK[granted] >= RANK[access];
}
