import { createTwoFilesPatch } from 'diff';

const CONTEXT = 3;
/** Shared lines kept on each side of a change beyond its context, so the diff can align runs of like lines. */
const MARGIN = 20;

/**
 * A unified diff of one file, as `git diff` shows it (`a/` and `b/` prefixes, 3 lines of context).
 * Lines both versions share at the start and the end, well past the context, are left out of the diff
 * computation and the hunk headers moved by as many lines: an edit to a list of thousands diffs a few
 * dozen lines, not the whole file. Where a hunk reaches a cut, the whole files are diffed instead.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const skip = Math.max(0, head - CONTEXT - MARGIN);
  const cut = Math.max(0, tail - CONTEXT - MARGIN);
  if (skip === 0 && cut === 0) return patchOf(file, before, after, 0);
  const kept = a.length - skip - cut;
  const patch = patchOf(file, a.slice(skip, a.length - cut).join(''), b.slice(skip, b.length - cut).join(''), skip);
  const reachesCut = hunks(patch).some(
    (h) => (skip > 0 && h.from - skip <= 1) || (cut > 0 && h.from - skip + h.count - 1 >= kept),
  );
  return reachesCut ? patchOf(file, before, after, 0) : patch;
}

function patchOf(file: string, before: string, after: string, skip: number): string {
  const name = file.replace(/^\.?\//, '');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: CONTEXT,
  });
  // jsdiff opens with an "=====" rule that git does not print.
  return patch
    .replace(/^=+\r?\n/, '')
    .replace(
      HUNK,
      (_, from: string, fromCount = '', to: string, toCount = '') =>
        `@@ -${Number(from) + skip}${fromCount} +${Number(to) + skip}${toCount} @@`,
    );
}

const HUNK = /^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@/gm;

/** Each hunk's first old line and its count of old lines. */
function hunks(patch: string): { from: number; count: number }[] {
  return [...patch.matchAll(HUNK)].map((m) => ({
    from: Number(m[1]),
    count: m[2] === undefined ? 1 : Number(m[2].slice(1)),
  }));
}

/** The lines of a text, each with its line ending. */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/);
}
