import { NAMES_ADOPTERS } from '../adopters/adopter-words.js';
import { sectionMatches } from '../adopters/sections.js';
import { type DataDocument, type DataSequence, isRecord, type KeyMap } from './model.js';
import { inferKeys } from './roles.js';

export interface DataOptions {
  /** The form's section (or `--section`): a sequence's key or title, or a value of the items' group key. */
  section?: string;
  /** Dotted path of the adopters sequence where detection is ambiguous (setting `data-path`). */
  path?: string;
  /** Our fields mapped to the file's keys where they cannot be inferred (setting `data-keys`). */
  keys?: KeyMap;
}

export type Selection =
  | {
      ok: true;
      sequence: DataSequence;
      keys: KeyMap;
      /** The value the new item gets under the group key, when the items are grouped. */
      group?: string;
      /** The section as the file names it (a sequence's key or title, or the group value). */
      section: string | null;
      note?: string;
    }
  | { ok: false; code: 'no-section' | 'no-template'; reason: string };

const pathOf = (s: DataSequence) => s.path.join('.');
const describe = (s: DataSequence) => (s.path.length ? `"${pathOf(s)}"` : 'the top-level list');
const nameOf = (s: DataSequence) => s.title ?? s.path[s.path.length - 1] ?? null;
/** `users`, `companies_using_it`, `endUsers`: a key or title in words, read as a heading is. */
const namesAdopters = (name: string | null) =>
  name !== null && NAMES_ADOPTERS.test(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));

/**
 * Which sequence holds the adopters and how its items name things: the configured path; else the sequence
 * a section names (`projects` / `companies`); else the one with the most named items.
 */
export function selectSequence(doc: DataDocument, options: DataOptions): Selection {
  const named = doc.sequences
    .map((sequence) => ({ sequence, keys: inferKeys(sequence.items, options.keys) }))
    .filter(
      ({ sequence, keys }) => keys.name && sequence.items.some((i) => isRecord(i.value) && keys.name! in i.value),
    );
  if (options.path !== undefined) {
    const wanted = options.path.replace(/^\.+|\.+$/g, '');
    const found = named.find(({ sequence }) => pathOf(sequence) === wanted);
    if (!found)
      return {
        ok: false,
        code: 'no-section',
        reason: `no list of adopters at "${wanted}" (data-path); lists found: ${named.map((n) => describe(n.sequence)).join(', ') || 'none'}`,
      };
    return withGroup(found.sequence, found.keys, options.section, false);
  }
  if (!named.length)
    return {
      ok: false,
      code: 'no-template',
      reason: 'no list of named items in this file to copy from (set data-path and data-keys if the list is elsewhere)',
    };
  if (options.section && named.length > 1) {
    for (const level of ['exact', 'partial'] as const) {
      const match = named.find(({ sequence }) => {
        const title = nameOf(sequence);
        return title !== null && sectionMatches(options.section!, title) === level;
      });
      if (match) return withGroup(match.sequence, match.keys, undefined, false, nameOf(match.sequence));
    }
  }
  // Lists named for adopters (`users`, `companies`) beside others (`projects`, `integrations`): a new
  // organization goes among the adopters, the largest of them.
  const adopters = named.filter(({ sequence }) => namesAdopters(nameOf(sequence)));
  const pool = adopters.length && adopters.length < named.length ? adopters : named;
  const largest = pool.reduce((a, b) => (b.sequence.items.length > a.sequence.items.length ? b : a));
  const section = named.length > 1 ? nameOf(largest.sequence) : null;
  const lists = named.map((n) => n.sequence);
  const chosen = withGroup(largest.sequence, largest.keys, options.section, named.length > 1, section, lists);
  if (chosen.ok && !options.section && section && !chosen.note)
    chosen.note =
      pool === named
        ? `no section was given, so the entry went into the largest list, "${section}"`
        : `no section was given, so the entry went into the list named for adopters, "${section}"`;
  return chosen;
}

function withGroup(
  sequence: DataSequence,
  keys: KeyMap,
  section: string | undefined,
  severalLists: boolean,
  listName: string | null = null,
  lists: DataSequence[] = [],
): Selection {
  const groupKey = keys.group;
  const values = groupKey
    ? sequence.items
        .map((i) => (isRecord(i.value) ? i.value[groupKey] : undefined))
        .filter((v) => typeof v === 'string')
    : [];
  if (!groupKey || !values.length) {
    if (section && severalLists) {
      const known = lists.map(nameOf).filter((n): n is string => Boolean(n));
      return {
        ok: false,
        code: 'no-section',
        reason: `no section "${section}" in this file; sections: ${known.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    const note =
      section && !listName ? `this file has no sections, so the section "${section}" was not used` : undefined;
    return { ok: true, sequence, keys, section: listName, note };
  }
  if (section) {
    for (const level of ['exact', 'partial'] as const) {
      const group = values.find((v) => sectionMatches(section, v) === level);
      if (group) return { ok: true, sequence, keys, group, section: group };
    }
    const known = [...new Set(values)];
    return {
      ok: false,
      code: 'no-section',
      reason: `no section "${section}" in this file; values of its "${groupKey}" key: ${known.map((k) => `"${k}"`).join(', ')}`,
    };
  }
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const group = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    ok: true,
    sequence,
    keys,
    group,
    section: group,
    note: `no section was given, so the entry went into the most common ${groupKey}, "${group}"`,
  };
}
