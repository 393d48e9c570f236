import type { AdoptersDocument } from './document.js';
import { entryFields, spanReach } from './entry-fields.js';
import type { Container, Entry, SpanContext } from './model.js';
import { carries } from './carried-fields.js';

/** Where a first description goes in an entry, what goes before it, and how its text is written. */
export interface DescriptionSlot {
  at: number;
  lead: string;
  context: SpanContext;
}

/**
 * Where a description goes in an entry that has none, learnt from the described siblings: the value a
 * sibling's description follows (its link, its name), the text between that value and the description's
 * lead (`)**`), and the lead itself (` - `). The lead most described siblings whose shape fits this entry
 * use wins. Undefined when too few adopters carry a description for the list to have a place for one, or
 * when no sibling's shape fits.
 */
export function descriptionSlot(
  doc: AdoptersDocument,
  container: Container,
  entry: Entry,
): DescriptionSlot | undefined {
  if (!carries(container, 'description')) return undefined;
  const votes = new Map<string, DescriptionSlot & { count: number }>();
  for (const sibling of container.entries) {
    if (sibling === entry || sibling.catchAll || sibling.placeholder) continue;
    const fields = entryFields(doc, sibling);
    const description = fields.description;
    if (!description || fields.descriptionLead === undefined) continue;
    const leadStart = description.start - fields.descriptionLead.length;
    const anchor = sibling.spans
      .filter((s) => s !== description && spanReach(s) <= leadStart)
      .reduce<(typeof sibling.spans)[number] | undefined>(
        (a, s) => (!a || spanReach(s) >= spanReach(a) ? s : a),
        undefined,
      );
    if (!anchor) continue;
    const gap = doc.source.slice(spanReach(anchor), leadStart);
    const ours = entry.spans.find((s) => s.field === anchor.field);
    if (!ours) continue;
    const after = doc.source.slice(spanReach(ours), entry.end);
    // The same closing text as the sibling's (`)**`); or, where only emphasis differs, our own closing markers.
    const closing = after.startsWith(gap) ? gap : /^[*_]*$/.test(gap) ? (/^[*_]*/.exec(after)?.[0] ?? '') : undefined;
    if (closing === undefined) continue;
    const at = spanReach(ours) + closing.length;
    const key = `${at}\u0000${fields.descriptionLead}`;
    const vote = votes.get(key) ?? { at, lead: fields.descriptionLead, context: description.context, count: 0 };
    vote.count++;
    votes.set(key, vote);
  }
  const best = [...votes.values()].sort((a, b) => b.count - a.count)[0];
  return best && { at: best.at, lead: best.lead, context: best.context };
}
