import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { listedItems } from './listed-items.js';
import type { DataDocument, DataFormat, DataItem, DataSequence, KeyMap } from './model.js';
import { parseData } from './parse-data.js';
import { inferKeys } from './roles.js';
import { generatedNotice, generatedReason } from './generated.js';

export interface Located {
  sequence: DataSequence;
  keys: KeyMap;
  item: DataItem;
  name: string;
}

export type Found =
  | { ok: true; found: Located }
  | { ok: false; code: 'not-found' | 'ambiguous'; reason: string; line?: number; lines?: number[] };

/** Edit distance, for naming the closest listed names when nothing matches. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The item a request names, matched as duplicates are (case, accents, punctuation, legal suffixes) in
 * every list of the file. No match names up to three closest names; several matches name their lines.
 */
export function findDataEntry(doc: DataDocument, target: string, configured: KeyMap = {}): Found {
  const all: Located[] = doc.sequences.flatMap((sequence) => {
    const keys = inferKeys(sequence.items, configured);
    return keys.name
      ? listedItems(sequence.items, keys)
          .filter((l) => l.name)
          .map((l) => ({ sequence, keys, item: l.item, name: l.name }))
      : [];
  });
  const wanted = normalizeOrganizationName(target);
  const matches = all.filter((l) => wanted && normalizeOrganizationName(l.name) === wanted);
  if (matches.length === 1) return { ok: true, found: matches[0]! };
  if (matches.length > 1) {
    const lines = matches.map((m) => m.item.startLine);
    return {
      ok: false,
      code: 'ambiguous',
      reason: `"${target}" is listed ${matches.length} times (lines ${lines.join(', ')}); fix the file by hand`,
      line: lines[0],
      lines,
    };
  }
  const closest = all
    .map((l) => ({ name: l.name, d: distance(normalizeOrganizationName(l.name), wanted) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => `"${c.name}"`);
  return {
    ok: false,
    code: 'not-found',
    reason: `no entry named "${target}" in this file${closest.length ? `; the closest are ${closest.join(', ')}` : ''}`,
  };
}

export type Opened =
  | { ok: true; doc: DataDocument; found: Located }
  | { ok: false; code: 'unreadable' | 'not-found' | 'ambiguous' | 'generated'; reason: string; line?: number };

/** Reads a data file and finds the entry a request names: the first step of an update or a removal. */
export function openEntry(source: string, format: DataFormat, target: string, keys: KeyMap = {}): Opened {
  const parsed = parseData(source, format);
  if (!parsed.ok) return { ok: false, code: 'unreadable', reason: parsed.reason, line: parsed.line };
  const generated = generatedNotice(parsed.doc);
  if (generated) return { ok: false, code: 'generated', reason: generatedReason(generated) };
  const found = findDataEntry(parsed.doc, target, keys);
  if (!found.ok) return { ok: false, code: found.code, reason: found.reason, line: found.line };
  return { ok: true, doc: parsed.doc, found: found.found };
}
