import type { Container } from './model.js';
import { normalizeSectionName } from './sections.js';

/**
 * Lists kept under one heading per initial (`## A`, `## B`, …, `## 4`): one alphabetical list, cut by its
 * initials. A new entry belongs under its own initial's heading, whichever of the lists is the largest.
 */

/** `A`, `b`, `É`, `4`: a heading that is one letter or digit, as a reader files it (`É` under `e`). */
const initialOf = (title: string | null) => {
  const t = (title ?? '').trim();
  return /^[\p{L}\p{N}]$/u.test(t) ? normalizeSectionName(t) : undefined;
};

/** The first letter or digit of a name, filed the same way (`Émile` → `e`, `ßeta` → `s`, `1stdibs` → `1`). */
const nameInitial = (name: string) => {
  const first = normalizeSectionName(name)[0];
  // `ß` has no capital of one letter; a reader files it where its capital `SS` begins.
  return first && normalizeSectionName(first.toUpperCase()[0]!);
};

export type InitialSection =
  { kind: 'index'; container: Container } | { kind: 'missing'; initial: string } | { kind: 'none' };

/**
 * The list under the new name's initial when `chosen` is one of at least three lists whose headings are
 * initials in order; `missing` when the index has no heading for that initial yet.
 */
export function initialSection(containers: Container[], chosen: Container, name: string): InitialSection {
  const indexed = containers.filter((c) => initialOf(c.section) !== undefined).sort((a, b) => a.start - b.start);
  if (indexed.length < 3 || !indexed.includes(chosen)) return { kind: 'none' };
  const initials = indexed.map((c) => initialOf(c.section)!);
  // Digits first, then letters, each in order: an index, not headings that happen to be short.
  const rank = (i: string) => (/\p{N}/u.test(i) ? `0${i}` : `1${i}`);
  if (initials.some((i, k) => k > 0 && rank(i) < rank(initials[k - 1]!))) return { kind: 'none' };
  const initial = nameInitial(name);
  if (!initial) return { kind: 'none' };
  const container = indexed.find((c) => initialOf(c.section) === initial);
  return container ? { kind: 'index', container } : { kind: 'missing', initial: initial.toUpperCase() };
}
