import type { Container, Entry, FieldKind } from '../model.js';
import type { EntryValues } from './substitute.js';

const hasSlot = (e: Entry, field: FieldKind) => e.spans.some((s) => s.field === field);

/** The fields whose values this entry can show: a value without a slot would be lost in its shape. */
export function slotsFor(e: Entry, values: EntryValues): FieldKind[] {
  const fields: FieldKind[] = [];
  if (values.url !== undefined) fields.push('url');
  if (values.description !== undefined) fields.push('description');
  if (values.logo !== undefined) fields.push('logo');
  if (values.contact !== undefined) fields.push('contact');
  return fields.filter((f) => hasSlot(e, f));
}

/**
 * The sibling a new entry copies: among well-formed adopters, those with a place for every value given
 * (the most places wins), then the most common shape among them, then the one nearest the insertion
 * point (before it wins a tie).
 */
export function chooseTemplate(container: Container, index: number, values: EntryValues): Entry | undefined {
  const usable = (e: Entry) => e.wellFormed && !e.catchAll;
  const adopters = container.entries.filter((e) => usable(e) && !e.placeholder && e.nameLike);
  // Entries that hold other people's data (several contacts) only when nothing else can be copied.
  const copyable = adopters.filter((e) => e.copyable);
  const candidates = copyable.length ? copyable : adopters;
  const pool = candidates.length ? candidates : container.entries.filter((e) => usable(e) && e.copyable);
  if (!pool.length) return undefined;
  const counts = new Map<string, number>();
  for (const e of pool) counts.set(e.shape, (counts.get(e.shape) ?? 0) + 1);
  const ranks = new Map(pool.map((e) => [e, slotsFor(e, values).length * 1_000_000 + (counts.get(e.shape) ?? 0)]));
  let best = 0;
  for (const r of ranks.values()) best = Math.max(best, r);
  const eligible = (e: Entry | undefined) => e !== undefined && ranks.get(e) === best;
  for (let d = 0; d < container.entries.length; d++) {
    const before = container.entries[index - 1 - d];
    if (eligible(before)) return before;
    const after = container.entries[index + d];
    if (eligible(after)) return after;
  }
  return undefined;
}
