// The invariant every hostile case is held to: the adopters file is byte-identical unless the
// submission is valid, and a valid one is a pure insertion whose new entry links the given URL and
// displays exactly the given name.
import { linkDestination } from '../../../src/adopters/escape.js';
import { linksWithin } from './markdown.js';

export type Insertion = { ok: true; offset: number; inserted: string } | { ok: false; reason: string };

/** `after` is `before` with one run of text inserted (and nothing else changed), or why not. */
export function pureInsertionOf(before: string, after: string): Insertion {
  if (after.length <= before.length) return { ok: false, reason: 'the file did not grow' };
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  const room = before.length - prefix;
  while (suffix < room && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  if (prefix + suffix !== before.length) return { ok: false, reason: 'bytes outside the insertion changed' };
  return { ok: true, offset: prefix, inserted: after.slice(prefix, after.length - suffix) };
}

export interface Expected {
  /** The name as the entry must display it (the validated submission's name). */
  name: string;
  url: string;
}

/**
 * Why `after` is not a correct insertion of `expected` into `before`, or undefined when it is: a pure
 * insertion containing a link to exactly `expected.url` (as the engine writes destinations) whose
 * displayed text is exactly `expected.name`, and no other link (but the logo and contact ones) in it.
 */
export function insertionProblem(before: string, after: string, expected: Expected): string | undefined {
  const insertion = pureInsertionOf(before, after);
  if (!insertion.ok) return insertion.reason;
  // Widen to whole lines: an insertion that starts mid-line (after a shared prefix) still belongs to its line.
  const start = after.lastIndexOf('\n', insertion.offset - 1) + 1;
  const end = insertion.offset + insertion.inserted.length;
  const links = linksWithin(after, start, end);
  const destination = linkDestination(expected.url);
  const own = links.filter((l) => l.url === destination || l.url === expected.url);
  if (own.length === 0) return `no link to ${expected.url} in the inserted text ${JSON.stringify(insertion.inserted)}`;
  // A soft line break (a hard-wrapped file) displays as a space; nothing else may differ.
  if (!own.some((l) => l.text.replace(/[ \t]*\n[ \t]*/g, ' ') === expected.name)) {
    return `the link displays ${JSON.stringify(own.map((l) => l.text))}, not ${JSON.stringify(expected.name)}`;
  }
  return undefined;
}

/** Undefined when `after` equals `before` byte for byte. */
export function untouchedProblem(before: string | undefined, after: string | undefined): string | undefined {
  return before === after ? undefined : 'the adopters file changed although the submission was refused';
}
