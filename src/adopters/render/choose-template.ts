import type { Container, Entry } from '../model.js';

/** True when the entry's name carries the organization's link (where a new entry's URL naturally goes). */
export function nameIsLinked(entry: Entry): boolean {
  const source = entry.source;
  if (source.kind === 'heading') return entry.shape.endsWith('|link');
  return Boolean(source.part?.linked);
}

/**
 * The entry whose shape a new one copies: the most common well-formed shape of the container (linked
 * shapes first when we have a URL to link), taken from the entry nearest to the insertion point.
 */
export function chooseTemplate(container: Container, index: number, haveUrl: boolean): Entry | undefined {
  const candidates = container.entries.filter((e) => e.wellFormed && !e.catchAll);
  if (!candidates.length) return undefined;
  const counts = new Map<string, number>();
  for (const e of candidates) counts.set(e.shape, (counts.get(e.shape) ?? 0) + 1);
  const anyLinked = haveUrl && candidates.some(nameIsLinked);
  const rank = (e: Entry) => (anyLinked && nameIsLinked(e) ? 1_000_000 : 0) + (counts.get(e.shape) ?? 0);
  const best = candidates.reduce((m, e) => Math.max(m, rank(e)), 0);
  // The nearest entry of the best shape: walk outwards from the insertion point (before it wins a tie).
  for (let d = 0; d < container.entries.length; d++) {
    for (const p of [index - 1 - d, index + d]) {
      const e = container.entries[p];
      if (e && e.wellFormed && !e.catchAll && rank(e) === best) return e;
    }
  }
  return undefined;
}
