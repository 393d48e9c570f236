// What a run of headings is: the entries of a list (their shared labels), groups of entries (tiers), and
// what closes the page after the last one.
import { endOf } from './document.js';
import { closesPage } from './page-closer.js';
import { isFieldLabel } from './read/body-fields.js';
import type { Section } from './sections.js';

/**
 * The last heading's section runs to the end of the file, over what closes the page rather than its
 * story: a rule and a footer (`---` then "Created by …"), which end it at the rule, or just after it
 * where every entry ends with one; and, after its story, an invitation (`[Add Your Company](…)`), a
 * catch-all ("and many more") or the page's script (an embed's `<script>`), which the new entry goes
 * before.
 */
export function withoutFooter(subs: Section[]): Section[] {
  const last = subs[subs.length - 1];
  if (!last || last.subsections.length) return subs;
  let kept = last.blocks;
  const rule = kept.findIndex((b) => b.type === 'thematicBreak');
  if (rule >= 0) {
    const ruled =
      subs.length > 1 && subs.slice(0, -1).every((s) => s.blocks[s.blocks.length - 1]?.type === 'thematicBreak');
    // A rule that ends only the last entry closes the list (before the page's next part); one that ends
    // every entry is theirs.
    if (rule !== kept.length - 1 || !ruled) kept = kept.slice(0, ruled ? rule + 1 : rule);
  }
  let closers = 0;
  while (closers < kept.length - 1 && closesPage(kept[kept.length - 1 - closers]!)) closers++;
  if (closers) kept = kept.slice(0, kept.length - closers);
  if (kept === last.blocks) return subs;
  const end = endOf(kept[kept.length - 1] ?? last.heading!);
  return [...subs.slice(0, -1), { ...last, blocks: kept, end }];
}

/** Field labels shared by the entries' bodies (`*Application*`, `**Description**`). */
export function sharedLabels(entries: { labels: string[] }[]): number {
  const counts = new Map<string, number>();
  for (const e of entries) for (const l of new Set(e.labels)) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.values()].filter((c) => c >= 2).length;
}

/**
 * A label naming an adopter's field (`Website:`, `Application:`, `**Links:**`) under every heading, or
 * under most of three or more: bodies alike even where one of them gives only that field (an entry added
 * with fewer details than the others) or some leave it out (a story with nothing to link to).
 */
export function everyGivesAField(entries: { labels: string[] }[]): boolean {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const l of new Set(e.labels)) if (isFieldLabel(l)) counts.set(l, (counts.get(l) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return most === entries.length || (most >= 3 && most * 2 > entries.length);
}

/**
 * Headings that each hold a run of headings of their own, titled differently from part to part
 * (`## Tier 1` over `### Acme`, `### Bravo`): groups of entries, not entries. An entry's own parts repeat
 * their titles from entry to entry (`#### Challenge`, `#### Solution`).
 */
export function isOutlineOfGroups(subs: Section[]): boolean {
  const holders = subs.filter((s) => s.subsections.length >= 2);
  if (holders.length * 2 < subs.length) return false;
  const titles = holders.flatMap((s) => s.subsections.map((c) => (c.title ?? '').trim().toLowerCase()));
  return new Set(titles).size >= titles.length * 0.8;
}
