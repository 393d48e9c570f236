// A file-level three-way merge: enough to tell a clean pull request from a conflicting one the way the
// bot meets it (two submissions both editing ADOPTERS.md conflict; edits to different files do not).
import type { FileEntry } from './git-store.js';

export type MergeResult = { ok: true; files: Map<string, FileEntry> } | { ok: false; conflicts: string[] };

const same = (a: FileEntry | undefined, b: FileEntry | undefined) => a?.sha === b?.sha && a?.mode === b?.mode;

/**
 * For each path: unchanged on one side → take the other side; changed identically → take it;
 * changed differently on both sides (edit/edit, edit/delete) → conflict.
 */
export function mergeFiles(
  base: Map<string, FileEntry>,
  ours: Map<string, FileEntry>,
  theirs: Map<string, FileEntry>,
): MergeResult {
  const files = new Map<string, FileEntry>();
  const conflicts: string[] = [];
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)];
    let result: FileEntry | undefined;
    if (same(o, t) || same(t, b)) result = o;
    else if (same(o, b)) result = t;
    else {
      conflicts.push(path);
      continue;
    }
    if (result) files.set(path, result);
  }
  return conflicts.length ? { ok: false, conflicts: conflicts.sort() } : { ok: true, files };
}
