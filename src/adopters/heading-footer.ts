import { endOf } from './document.js';
import { closesPage } from './page-closer.js';
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
