import { normalizeOrganizationName } from '../submission/normalize-name.js';
import type { Container, Entry } from './model.js';

/** An entry and the container it is read in. */
export interface Located {
  entry: Entry;
  container: Container;
}

export const nameKey = (e: Entry | undefined) => (e ? normalizeOrganizationName(e.name) : '');

/** The names of the entries just before and after one, as one key. */
export function neighbours({ entry, container }: Located): string {
  const i = container.entries.indexOf(entry);
  return `${nameKey(container.entries[i - 1])}\u0000${nameKey(container.entries[i + 1])}`;
}

/**
 * Entries renamed in place: a base entry whose name is gone, and a touched head entry with a new name
 * that has the same neighbour before or after it. They are one entry, not a removal and an addition.
 */
export function pairRenames(
  before: { located: Located[] },
  after: { located: Located[] },
  touched: Set<Entry>,
): Map<Entry, Entry> {
  const headNames = new Set(after.located.map((l) => nameKey(l.entry)));
  const baseNames = new Set(before.located.map((l) => nameKey(l.entry)));
  const gone = before.located.filter((l) => !headNames.has(nameKey(l.entry)));
  const pairs = new Map<Entry, Entry>();
  for (const l of after.located) {
    if (!touched.has(l.entry) || baseNames.has(nameKey(l.entry))) continue;
    const [prev, next] = neighbours(l).split('\u0000');
    const match = gone.find((g) => {
      const [gPrev, gNext] = neighbours(g).split('\u0000');
      return !pairs.has(g.entry) && (gPrev === prev || gNext === next);
    });
    if (match) pairs.set(match.entry, l.entry);
  }
  return pairs;
}
