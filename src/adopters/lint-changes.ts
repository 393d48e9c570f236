import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { type AdoptersDocument, parseDocument } from './document.js';
import { entryDate } from './entry-dates.js';
import { findContainers } from './find-containers.js';
import { duplicateKey, type LintProblem, lintAdopters } from './lint.js';
import type { Container, Entry } from './model.js';
import { compareNames, decideOrder } from './order.js';
import { describedPartition } from './place-index.js';
import { statementsFor } from './statements.js';
import { type Located, nameKey, neighbours, pairRenames } from './lint-renames.js';

interface Side {
  doc: AdoptersDocument;
  containers: Container[];
  located: Located[];
  byLine: Map<number, Located>;
  problems: LintProblem[];
}

function read(source: string): Side {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const located = containers.flatMap((container) => container.entries.map((entry) => ({ entry, container })));
  const byLine = new Map(located.map((l) => [l.entry.startLine, l]));
  return { doc, containers, located, byLine, problems: lintAdopters(source) };
}

/** An entry's text with its line breaks and indentation folded, so re-wrapping alone does not make it new. */
const textOf = (side: Side, entry: Entry) => side.doc.source.slice(entry.start, entry.end).replace(/\s+/g, ' ').trim();

/**
 * Which problem this is, independent of lines (they shift when entries are added above): the rule and
 * the organization it is about (and the link, for link problems).
 */
function problemKey(problem: LintProblem, located: Located | undefined): string {
  if (problem.rule === 'final-newline' || problem.rule === 'list') return problem.rule;
  if (!located) return `${problem.rule}\u0000${problem.message}`;
  const { entry } = located;
  return `${problem.rule}\u0000${normalizeOrganizationName(entry.name)}\u0000${problem.rule === 'link' ? entry.url : ''}`;
}

class Bag {
  private readonly counts = new Map<string, number>();
  constructor(keys: Iterable<string>) {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Removes one `key`; false when there was none left. */
  take(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n > 0) this.counts.set(key, n - 1);
    return n > 0;
  }
}

/** The entries an alphabetical check compares an entry with: same container, same Type group, no catch-alls. */
function peersOf({ entry, container }: Located): Entry[] {
  return container.entries.filter((e) => !e.catchAll && (e.group ?? '') === (entry.group ?? ''));
}

/**
 * Where the bot itself would put `entry` among its peers in a sorted list with slips: the first position
 * where the fewest other entries are out of order relative to it. Undefined when its own place is as
 * good (the longest sorted run may leave out a new entry that is nevertheless where it belongs).
 */
function betterPlace(entry: Entry, peers: Entry[]): { after?: Entry; before?: Entry } | undefined {
  const others = peers.filter((e) => e !== entry);
  const cost = (p: number) =>
    others.slice(0, p).filter((o) => compareNames(o.name, entry.name) > 0).length +
    others.slice(p).filter((o) => compareNames(o.name, entry.name) < 0).length;
  const costs = [...others.keys(), others.length].map(cost);
  const best = costs.indexOf(Math.min(...costs));
  const at = peers.indexOf(entry);
  return costs[at] === costs[best] ? undefined : { after: others[best - 1], before: others[best] };
}

/**
 * A shape as the check compares it: any kind of link to the site counts as a link (a logo, a reference
 * `[Name][12]` or `<url>` cannot be written from a form either, so the bot writes an inline link), and
 * a list or paragraph entry may leave its description, and so its separator, out.
 */
const linked = (shape: string) =>
  shape
    .replace(/\d+/g, '#')
    .replace(/\(<U>\)/g, '(U)')
    // A logo that carries the name (`[<img alt="N" …>](U)`) reads as the name: without a logo the bot links it.
    .replace(/\[\s*<img\b[^>]*>\s*\]|\[!\[N\]\(L\)\s*\]/g, '[N]');
/** The shape without its description: an entry may leave it out. */
const bare = (shape: string) => shape.replace(/(?:[ \t]*[-–—:,|]?[ \t]*|\n+| ¶)D(?: U)?$/, '');

/** A heading that links its name (`## [N](U)`) is written like a plain one: it is how the bot adds a site. */
const heading = (shape: string) => (/^(?:#{1,6}|setext) /.test(shape) ? shape.replace('[N](U)', 'N') : shape);

/** Written like one of `neighbours` (any well-formed shape the list already uses counts). */
function fitsShape(entry: Entry, neighbours: Entry[]): boolean {
  const shapes = neighbours.filter((e) => e.wellFormed && !e.catchAll).map((e) => heading(linked(e.shape)));
  const own = heading(linked(entry.shape));
  return !shapes.length || shapes.some((s) => s === own || (!entry.description && bare(s) === own));
}

/**
 * Order and shape of the entries a change touched, judged by the file as it was: the order policy comes
 * from the untouched entries (one misplaced entry can tip a list's detected order), the expected shape
 * from what the untouched entries of the same list look like.
 */
function touchedProblems(head: Side, touched: Set<Entry>, added: Set<Entry>, wasSlip: (e: Entry) => boolean) {
  const problems: LintProblem[] = [];
  for (const container of head.containers) {
    const mine = container.entries.filter((e) => touched.has(e) && !e.catchAll);
    if (!mine.length) continue;
    const untouched = container.entries.filter((e) => !touched.has(e));
    const { local, global } = statementsFor(head.doc, container, head.containers);
    const policy = decideOrder(untouched, [...local, ...global], false, (e) => entryDate(head.doc, e, container.kind));
    for (const entry of mine) {
      if (entry.wellFormed && !fitsShape(entry, untouched)) {
        const like = untouched.find((e) => e.wellFormed && !e.catchAll);
        problems.push({
          line: entry.startLine,
          rule: 'malformed',
          message: `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ''}`,
        });
      }
      const peers = peersOf({ entry, container });
      if (policy.order === 'alphabetical' && !wasSlip(entry)) {
        const better = betterPlace(entry, peers);
        if (better) {
          problems.push({
            line: entry.startLine,
            rule: 'order',
            message: `"${entry.name}" is out of alphabetical order; it belongs ${better.after ? `after "${better.after.name}"` : `before "${better.before!.name}"`}`,
          });
        }
      } else if (policy.order === 'append' && policy.newestFirst && added.has(entry)) {
        const first = peers.find((e) => !added.has(e) && !e.placeholder);
        if (first && first.start < entry.start) {
          problems.push({
            line: entry.startLine,
            rule: 'order',
            message: `"${entry.name}" is added below older entries of a list kept newest first; move it before "${first.name}"`,
          });
        }
      } else if (policy.order === 'append' && added.has(entry)) {
        // In a list kept in two parts (described entries, then bare ones), an entry joins the end of its part.
        const split = describedPartition(peers.filter((e) => !added.has(e)));
        const part = (e: Entry) => split === undefined || Boolean(e.description) === Boolean(entry.description);
        const older = peers.filter((e) => !added.has(e) && part(e));
        const last = older[older.length - 1];
        if (last && last.start > entry.start) {
          problems.push({
            line: entry.startLine,
            rule: 'order',
            message: `"${entry.name}" is added in the middle of a list kept in the order entries were added; move it after "${last.name}"`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * The lint problems a change introduces, for a check of hand-made pull requests: problems of `head` that
 * `base` did not have, matched by rule and organization rather than by line (lines shift when entries
 * are added above). Slips already in the file are not the change's fault; entries the change added or
 * rewrote are held to the list's order and to the shape of their neighbours; a duplicate is reported on
 * the entry the change added. Lines are those of `head`.
 */
export function lintChanges(base: string, head: string): LintProblem[] {
  const before = read(base);
  const after = read(head);
  const baseTexts = new Bag(before.located.map((l) => textOf(before, l.entry)));
  const touched = new Set(after.located.filter((l) => !baseTexts.take(textOf(after, l.entry))).map((l) => l.entry));
  const baseNames = new Set(before.located.map((l) => normalizeOrganizationName(l.entry.name)));
  const renames = pairRenames(before, after, touched);
  const renamed = new Set(renames.values());
  const added = new Set(
    [...touched].filter((e) => !baseNames.has(normalizeOrganizationName(e.name)) && !renamed.has(e)),
  );
  const slips = new Set(
    before.problems
      .filter((p) => p.rule === 'order')
      .map((p) => normalizeOrganizationName(before.byLine.get(p.line)?.entry.name ?? '')),
  );

  // A problem a renamed entry already had is the same problem under its new name.
  const asRenamed = (l: Located | undefined) => {
    const to = l && renames.get(l.entry);
    return to ? { ...l, entry: { ...l.entry, name: to.name } } : l;
  };
  const baseKeys = new Bag(before.problems.map((p) => problemKey(p, asRenamed(before.byLine.get(p.line)))));
  const found = after.problems.filter(
    (p) => p.rule !== 'order' && p.rule !== 'duplicate' && !baseKeys.take(problemKey(p, after.byLine.get(p.line))),
  );
  // An entry edited where it stood (same name, same neighbours) is where it was: its order is not the change's.
  const baseAround = new Map(before.located.map((l) => [nameKey(l.entry), neighbours(l)]));
  const unmoved = new Set(
    after.located.filter((l) => baseAround.get(nameKey(l.entry)) === neighbours(l)).map((l) => l.entry),
  );
  const wasSlip = (e: Entry) => slips.has(normalizeOrganizationName(e.name)) || unmoved.has(e);
  for (const p of touchedProblems(after, touched, added, wasSlip)) {
    if (!found.some((f) => f.line === p.line && f.rule === p.rule)) found.push(p);
  }
  found.push(...duplicateProblems(before, after, touched));
  return found.sort((a, b) => a.line - b.line);
}

function duplicateProblems(before: Side, after: Side, touched: Set<Entry>): LintProblem[] {
  const seenBefore = new Set<string>();
  const duplicatedBefore = new Set<string>();
  for (const { entry } of before.located) {
    const key = duplicateKey(entry);
    if (seenBefore.has(key)) duplicatedBefore.add(key);
    seenBefore.add(key);
  }
  const problems: LintProblem[] = [];
  const first = new Map<string, Entry>();
  for (const { entry } of after.located) {
    if (entry.catchAll) continue;
    const key = duplicateKey(entry);
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else if (duplicatedBefore.has(key)) continue;
    else if (touched.has(entry)) {
      problems.push({
        line: entry.startLine,
        rule: 'duplicate',
        message: `"${entry.name}" is listed twice (first at line ${earlier.startLine})`,
      });
    } else if (touched.has(earlier)) {
      problems.push({
        line: earlier.startLine,
        rule: 'duplicate',
        message: `"${earlier.name}" is already listed (line ${entry.startLine})`,
      });
    }
  }
  return problems;
}
