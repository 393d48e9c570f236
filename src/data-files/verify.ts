import { type DataDocument, type DataFormat, isRecord } from './model.js';
import { parseData } from './parse-data.js';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as never)[k], (b as never)[k]));
}

/** The value at a path of keys. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path)
    node = isRecord(node) ? node[key] : Array.isArray(node) ? (node as unknown[])[Number(key)] : undefined;
  return node;
}

export interface ExpectedChange {
  path: readonly string[];
  /** Where the new item is in the new sequence, or -1 when an item was removed at `removedAt`. */
  index: number;
  /** The new item's value, exactly as it must read back. */
  item?: unknown;
  removedAt?: number;
}

/**
 * Re-reads the new text and proves the edit: the sequence is the old one with exactly this item inserted
 * (or removed, or replaced), and everything outside it reads back the same. A failure is a refusal.
 */
export function verifyData(
  before: DataDocument,
  format: DataFormat,
  content: string | DataDocument,
  change: ExpectedChange,
): string | undefined {
  const parsed = typeof content === 'string' ? parseData(content, format) : { ok: true as const, doc: content };
  if (!parsed.ok) return `the result does not parse (${parsed.reason})`;
  const oldSeq = valueAt(before.value, change.path);
  const newSeq = valueAt(parsed.doc.value, change.path);
  if (!Array.isArray(oldSeq) || !Array.isArray(newSeq)) return 'the list is gone from the result';
  const expected: unknown[] = [...(oldSeq as unknown[])];
  if (change.removedAt !== undefined) expected.splice(change.removedAt, 1);
  if (change.index >= 0) expected.splice(change.index, 0, change.item);
  if (expected.length !== newSeq.length) return `the list has ${newSeq.length} items, expected ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    if (!deepEqual(expected[i], newSeq[i]))
      return i === change.index ? 'the new item does not read back as written' : `item ${i + 1} of the list changed`;
  }
  const rest = structuredClone(parsed.doc.value);
  const host = valueAt(rest, change.path.slice(0, -1));
  const key = change.path[change.path.length - 1];
  const restOld = structuredClone(before.value);
  const hostOld = valueAt(restOld, change.path.slice(0, -1));
  if (key === undefined) return deepEqual(newSeq, expected) ? undefined : 'the list changed';
  if (isRecord(host) && isRecord(hostOld)) {
    host[key] = null;
    hostOld[key] = null;
  } else if (Array.isArray(host) && Array.isArray(hostOld)) {
    host[Number(key)] = null;
    hostOld[Number(key)] = null;
  }
  return deepEqual(rest, restOld) ? undefined : 'something outside the list changed';
}
