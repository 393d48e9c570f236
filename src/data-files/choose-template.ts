import { membersOnOwnLines } from './cuddled.js';
import { layoutSignature, startsItsLine } from './layout.js';
import type { DataDocument, DataItem } from './model.js';
import type { Field } from './plan-fields.js';

/**
 * The sibling whose text the new item copies: one laid out the most common way (so a malformed or odd
 * item is never copied), holding as many of the new item's keys as possible and as few others, nearest to
 * where the new item goes.
 */
export function chooseTemplate(
  doc: DataDocument,
  items: readonly DataItem[],
  fields: readonly Field[],
  index: number,
  /** Objects opening where the one before closes (`},{`): any with its members on lines of their own will do. */
  cuddled = false,
): DataItem | undefined {
  const laidOut = (i: DataItem) => (cuddled ? membersOnOwnLines(doc, i) : startsItsLine(doc, i));
  const usable = items.filter((i) => i.pairs?.length && laidOut(i));
  if (!usable.length) return undefined;
  const signatures = new Map<DataItem, string>(usable.map((i) => [i, layoutSignature(doc, i)]));
  const counts = new Map<string, number>();
  for (const s of signatures.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const wanted = new Set(fields.map((f) => f.key));
  const score = (item: DataItem) => {
    const keys = item.pairs!.map((p) => p.key);
    const have = keys.filter((k) => wanted.has(k)).length;
    return have * 100 - (keys.length - have);
  };
  return usable
    .filter((i) => counts.get(signatures.get(i)!) === top)
    .sort((a, b) => score(b) - score(a) || Math.abs(a.index - index + 0.5) - Math.abs(b.index - index + 0.5))[0];
}
