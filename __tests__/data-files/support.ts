import { expect } from 'vitest';
import { parse } from 'yaml';

/** The lines of `after` that are not in `before`, between their common first and last lines. */
export function changedBlock(before: string, after: string): { removed: string[]; added: string[]; at: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail), at: head + 1 };
}

/**
 * The new text is the old one with whole lines inserted; in a comma-separated list the only other change
 * allowed is a "," at the end of the old last item's line.
 */
export function expectLineInsertion(before: string, after: string): string[] {
  const { removed, added } = changedBlock(before, after);
  if (removed.length) {
    expect(removed).toHaveLength(1);
    expect(added[0]).toBe(`${removed[0]},`);
    return added.slice(1);
  }
  return added;
}

export function read(text: string, format: 'yaml' | 'json'): unknown {
  return format === 'json' ? JSON.parse(text) : parse(text);
}

export function at(value: unknown, path: string): unknown[] {
  let node = value;
  for (const key of path ? path.split('.') : []) node = (node as Record<string, unknown>)[key];
  return node as unknown[];
}
