// The commits GitHub writes for the three merge buttons: a merge commit, a squash commit, or the head's
// commits replayed one by one onto the base (rebase).
import type { GitStore, Person } from './git-store.js';
import { mergeFiles } from './merge.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface MergeInput {
  baseSha: string;
  headSha: string;
  committer: Person;
  author: Person;
  title: string;
  message: string;
}

/** The tree of base and head merged at file level, or the conflicting paths. */
export function mergedTree(git: GitStore, baseSha: string, headSha: string): { tree?: string; conflicts: string[] } {
  const ancestor = git.mergeBase(baseSha, headSha);
  const filesOf = (sha: string | undefined) => (sha ? git.readFiles(git.commit(sha)!.tree) : new Map());
  const result = mergeFiles(filesOf(ancestor), filesOf(baseSha), filesOf(headSha));
  return result.ok ? { tree: git.writeFiles(result.files), conflicts: [] } : { conflicts: result.conflicts };
}

/** Writes the commit(s) for `method`; returns the new tip of the base branch, or undefined on conflict. */
export function writeMerge(git: GitStore, method: MergeMethod, input: MergeInput): string | undefined {
  if (method === 'rebase') return replay(git, input);
  const { tree } = mergedTree(git, input.baseSha, input.headSha);
  if (!tree) return undefined;
  return git.writeCommit({
    tree,
    parents: method === 'merge' ? [input.baseSha, input.headSha] : [input.baseSha],
    author: method === 'merge' ? input.committer : input.author,
    committer: input.committer,
    message: input.message ? `${input.title}\n\n${input.message}` : input.title,
  });
}

function replay(git: GitStore, input: MergeInput): string | undefined {
  const ancestor = git.mergeBase(input.baseSha, input.headSha);
  let tip = input.baseSha;
  for (const sha of git.commitsBetween(ancestor ?? input.baseSha, input.headSha)) {
    const commit = git.commit(sha)!;
    const parentFiles = commit.parents[0] ? git.readFiles(git.commit(commit.parents[0])!.tree) : new Map();
    const result = mergeFiles(parentFiles, git.readFiles(git.commit(tip)!.tree), git.readFiles(commit.tree));
    if (!result.ok) return undefined;
    tip = git.writeCommit({
      tree: git.writeFiles(result.files),
      parents: [tip],
      author: commit.author,
      committer: input.committer,
      message: commit.message,
    });
  }
  return tip;
}
