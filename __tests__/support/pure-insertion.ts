import { expect } from 'vitest';

/**
 * The invariant every insertion keeps: removing the inserted text gives back the original, byte for byte,
 * and the inserted text starts at a line start of the new file.
 */
export function expectPureInsertion(before: string, after: string, offset: number, inserted: string): void {
  expect(after.slice(offset, offset + inserted.length)).toBe(inserted);
  expect(after.slice(0, offset) + after.slice(offset + inserted.length)).toBe(before);
}

/** Line-level view of the same invariant: the old lines, in order, with one block of new lines. */
export function insertedLines(before: string, after: string): { at: number; lines: string[] } {
  const old = before.split('\n');
  const neu = after.split('\n');
  let p = 0;
  while (p < old.length && old[p] === neu[p]) p++;
  let s = 0;
  while (s < old.length - p && old[old.length - 1 - s] === neu[neu.length - 1 - s]) s++;
  expect(p + s).toBe(old.length);
  return { at: p + 1, lines: neu.slice(p, neu.length - s) };
}
