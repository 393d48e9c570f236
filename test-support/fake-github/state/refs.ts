// Branches and tags with the answers GitHub's git refs API gives (already exists, not a fast forward…).
import { notFound, unprocessable } from '../errors.js';
import type { GitStore } from './git-store.js';

const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,40}$/;

/** `heads/x`, `refs/heads/x` → `refs/heads/x`. */
export function fullRefName(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

export class Refs {
  private readonly refs = new Map<string, string>();

  constructor(private readonly git: GitStore) {}

  get(ref: string): string | undefined {
    return this.refs.get(fullRefName(ref));
  }

  /** Refs whose full name starts with `refs/<prefix>`, sorted by name as GitHub lists them. */
  matching(prefix: string): { ref: string; sha: string }[] {
    const wanted = fullRefName(prefix);
    return [...this.refs]
      .filter(([ref]) => ref.startsWith(wanted))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, sha]) => ({ ref, sha }));
  }

  branch(name: string): string | undefined {
    return this.refs.get(`refs/heads/${name}`);
  }

  /** A branch, tag, `heads/…` ref or (abbreviated) commit sha → commit sha, as `?ref=` is resolved. */
  resolve(commitish: string): string | undefined {
    for (const candidate of [`refs/heads/${commitish}`, `refs/tags/${commitish}`, fullRefName(commitish)]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    if (FULL_SHA.test(commitish)) return this.git.typeOf(commitish) === 'commit' ? commitish : undefined;
    if (SHORT_SHA.test(commitish)) {
      const matches = this.git.commitsStartingWith(commitish);
      return matches.length === 1 ? matches[0] : undefined;
    }
    return undefined;
  }

  create(ref: string, sha: string): void {
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (this.git.typeOf(sha) !== 'commit') throw unprocessable('Object does not exist');
    if (this.refs.has(ref)) throw unprocessable('Reference already exists');
    this.refs.set(ref, sha);
  }

  update(ref: string, sha: string, force: boolean): void {
    const name = fullRefName(ref);
    const current = this.refs.get(name);
    if (!current) throw unprocessable('Reference does not exist');
    if (this.git.typeOf(sha) !== 'commit') throw unprocessable('Object does not exist');
    if (!force && !this.git.isAncestor(current, sha)) throw unprocessable('Update is not a fast forward');
    this.refs.set(name, sha);
  }

  /** Moves a ref without the API's checks (seeding, merges done by the fake itself). */
  set(ref: string, sha: string): void {
    this.refs.set(fullRefName(ref), sha);
  }

  delete(ref: string): void {
    if (!this.refs.delete(fullRefName(ref))) throw unprocessable('Reference does not exist');
  }

  /** GitHub answers a missing ref with 404 on reads. */
  require(ref: string): string {
    const sha = this.get(ref);
    if (!sha) throw notFound();
    return sha;
  }
}
