// Git's object model in memory: blobs, trees and commits addressed by the SHA-1 git itself would compute,
// so a sha seen by the bot is the one a real checkout of the same content would have.
import { createHash } from 'node:crypto';

export interface Person {
  name: string;
  email: string;
  /** ISO 8601 time (UTC). */
  date: string;
}

/** Modes as the REST API spells them (`040000` for trees; git hashes that one as `40000`). */
export type EntryMode = '100644' | '100755' | '040000' | '160000' | '120000';
export type EntryType = 'blob' | 'tree' | 'commit';

export interface TreeEntry {
  name: string;
  mode: EntryMode;
  type: EntryType;
  sha: string;
}

/** A non-tree entry seen from the root of a tree: a file, a symlink or a submodule. */
export interface FileEntry {
  mode: EntryMode;
  type: EntryType;
  sha: string;
}

export interface Commit {
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
}

export type GitObject =
  { type: 'blob'; content: Buffer } | { type: 'tree'; entries: TreeEntry[] } | ({ type: 'commit' } & Commit);

const ZERO_TIMEZONE = '+0000';

function personLine(role: string, p: Person): string {
  return `${role} ${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} ${ZERO_TIMEZONE}`;
}

// Git orders tree entries bytewise, comparing a subtree's name as if it ended with '/'.
function treeOrder(a: TreeEntry, b: TreeEntry): number {
  const key = (e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name);
  return Buffer.compare(key(a), key(b));
}

export class GitStore {
  private readonly objects = new Map<string, GitObject>();

  private put(type: string, payload: Buffer, object: GitObject): string {
    const header = Buffer.from(`${type} ${payload.length}\0`);
    const sha = createHash('sha1')
      .update(Buffer.concat([header, payload]))
      .digest('hex');
    if (!this.objects.has(sha)) this.objects.set(sha, object);
    return sha;
  }

  writeBlob(content: Buffer): string {
    return this.put('blob', content, { type: 'blob', content });
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort(treeOrder);
    const payload = Buffer.concat(
      sorted.flatMap((e) => [
        Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
        Buffer.from(e.sha, 'hex'),
      ]),
    );
    return this.put('tree', payload, { type: 'tree', entries: sorted });
  }

  writeCommit(commit: Commit): string {
    const lines = [
      `tree ${commit.tree}`,
      ...commit.parents.map((p) => `parent ${p}`),
      personLine('author', commit.author),
      personLine('committer', commit.committer),
      '',
      commit.message,
    ];
    return this.put('commit', Buffer.from(lines.join('\n')), { type: 'commit', ...commit });
  }

  has(sha: string): boolean {
    return this.objects.has(sha);
  }

  commitsStartingWith(prefix: string): string[] {
    return [...this.objects].filter(([sha, o]) => o.type === 'commit' && sha.startsWith(prefix)).map(([sha]) => sha);
  }

  typeOf(sha: string): EntryType | undefined {
    return this.objects.get(sha)?.type;
  }

  blob(sha: string): Buffer | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'blob' ? o.content : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'tree' ? o.entries : undefined;
  }

  commit(sha: string): Commit | undefined {
    const o = this.objects.get(sha);
    if (o?.type !== 'commit') return undefined;
    const { type: _type, ...commit } = o;
    return commit;
  }

  /** Every non-tree entry under `treeSha`, keyed by its slash-separated path. */
  readFiles(treeSha: string, prefix = ''): Map<string, FileEntry> {
    const files = new Map<string, FileEntry>();
    for (const entry of this.tree(treeSha) ?? []) {
      const path = prefix + entry.name;
      if (entry.type === 'tree') for (const [p, f] of this.readFiles(entry.sha, `${path}/`)) files.set(p, f);
      else files.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
    }
    return files;
  }

  /** Builds the nested trees for a flat path → entry map and returns the root tree's sha. */
  writeFiles(files: Map<string, FileEntry>): string {
    const direct: TreeEntry[] = [];
    const nested = new Map<string, Map<string, FileEntry>>();
    for (const [path, file] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        direct.push({ name: path, ...file });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!nested.has(dir)) nested.set(dir, new Map());
      nested.get(dir)!.set(path.slice(slash + 1), file);
    }
    for (const [dir, children] of nested) {
      direct.push({ name: dir, mode: '040000', type: 'tree', sha: this.writeFiles(children) });
    }
    return this.writeTree(direct);
  }

  /** The entry at `path` in a tree (a file or a subtree), or undefined. */
  findPath(treeSha: string, path: string): TreeEntry | undefined {
    let entries = this.tree(treeSha);
    let found: TreeEntry | undefined;
    for (const name of path.split('/').filter(Boolean)) {
      found = entries?.find((e) => e.name === name);
      if (!found) return undefined;
      entries = found.type === 'tree' ? this.tree(found.sha) : undefined;
    }
    return found;
  }

  /** All commits reachable from `sha`, `sha` itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commit(next)?.parents ?? []));
    }
    return seen;
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    return this.ancestors(descendant).has(ancestor);
  }

  /** The nearest common ancestor (by breadth-first walk from `b`), as `git merge-base` finds for simple histories. */
  mergeBase(a: string, b: string): string | undefined {
    const fromA = this.ancestors(a);
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length) {
      const next = queue.shift()!;
      if (fromA.has(next)) return next;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commit(next)?.parents ?? []));
    }
    return undefined;
  }

  /** Commits reachable from `head` and not from `base`, oldest first (what a pull request would contain). */
  commitsBetween(base: string, head: string): string[] {
    const excluded = this.ancestors(base);
    const order: string[] = [];
    const visit = (sha: string, seen: Set<string>) => {
      if (excluded.has(sha) || seen.has(sha)) return;
      seen.add(sha);
      for (const parent of this.commit(sha)?.parents ?? []) visit(parent, seen);
      order.push(sha);
    };
    visit(head, new Set());
    return order;
  }
}
