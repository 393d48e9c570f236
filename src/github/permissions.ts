import type { PermissionLevel, PermissionsPort } from '../workflows/ports.js';
import { isStatus } from './errors.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './repository.js';

/**
 * A collaborator's permission from `user.permissions` (what they can do, custom roles included),
 * falling back to the legacy `permission` field. A 404 means not a collaborator: 'none'. Anything else
 * throws, so the caller fails closed.
 */
export class GitHubPermissions implements PermissionsPort {
  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
  ) {}

  async levelOf(user: string): Promise<{ level: PermissionLevel; role: string }> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.ref, username: user });
      const p = data.user?.permissions;
      const level: PermissionLevel = p
        ? p.admin
          ? 'admin'
          : p.maintain
            ? 'maintain'
            : p.push
              ? 'write'
              : p.triage
                ? 'triage'
                : p.pull
                  ? 'read'
                  : 'none'
        : legacy(data.permission);
      return { level, role: data.role_name ?? data.permission };
    } catch (error) {
      if (isStatus(error, 404)) return { level: 'none', role: 'none' };
      throw error;
    }
  }
}

function legacy(permission: string): PermissionLevel {
  return permission === 'admin' ? 'admin' : permission === 'write' ? 'write' : permission === 'read' ? 'read' : 'none';
}
