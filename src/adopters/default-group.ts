import { realEntries } from './carried-fields.js';
import type { Container, Entry } from './model.js';
import { normalizeSectionName, sectionMatches } from './sections.js';

/**
 * Does a container's group column split it into runs (all `production` rows, then all `testing` rows)?
 * Rows are compared by their group cell as written, which is what a reader sees (a badge's picture, even
 * when its alt text says otherwise).
 */
export function isGroupedByColumn(container: Container): boolean {
  if (!container.table || container.table.columns.group < 0) return false;
  return keptInGroups(realEntries(container).map((e) => e.groupKey ?? ''));
}

/**
 * Are items kept together by a value they carry (a status, a kind), in one run per value? A row or two
 * written differently inside a run (a badge with another URL) does not undo the grouping.
 */
export function keptInGroups(values: readonly string[]): boolean {
  const rowsOf = new Map<string, number>();
  const runsOf = new Map<string, number>();
  let previous: string | undefined;
  for (const g of values) {
    rowsOf.set(g, (rowsOf.get(g) ?? 0) + 1);
    if (g !== previous) runsOf.set(g, (runsOf.get(g) ?? 0) + 1);
    previous = g;
  }
  const runs = [...runsOf.values()].reduce((a, b) => a + b, 0);
  // A value whose every row stands alone among other values is a per-row attribute (a Workload column
  // saying "proof-of-concept" here and there), not a group the rows are kept in.
  const scattered = [...rowsOf].some(([g, n]) => n >= 2 && runsOf.get(g) === n);
  // Values nearly all of one item each (a kind said of each item) are attributes too: groups hold several.
  const repeated = [...rowsOf.values()].filter((n) => n >= 2).length;
  return (
    rowsOf.size >= 2 &&
    repeated * 2 >= rowsOf.size &&
    !scattered &&
    runs - rowsOf.size <= Math.max(1, Math.floor(values.length / 10))
  );
}

/** The rows of the group a section names: those whose cell is written like most rows that read as it. */
export function groupMembers(container: Container, group: string): Entry[] {
  const key = group.toLowerCase();
  const reading = container.entries.filter((e) => (e.group ?? '').toLowerCase() === key);
  const counts = new Map<string, number>();
  for (const e of reading) counts.set(e.groupKey ?? '', (counts.get(e.groupKey ?? '') ?? 0) + 1);
  const written = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return written === undefined ? [] : container.entries.filter((e) => (e.groupKey ?? '') === written);
}

/** The group a new row goes into when no section was given, and why: the note tells the maintainer. */
export interface DefaultGroup {
  group: string;
  why: 'named' | 'last' | 'most';
}

/**
 * A table grouped by a column takes a new row in the group its description names (`Runs it in
 * production` where the Status column says `Production`): the submission's own words, matched against
 * the file's own values. Else in the group of its last row: the end of the table, where an entry without
 * a group would go anyway. Where the column's values are not kept together (a Type or a Level said of
 * each row), the cell says what most rows say: an empty cell is what nobody adding a row writes.
 */
export function defaultGroup(container: Container, description: string | undefined): DefaultGroup | undefined {
  if (!container.table || container.table.columns.group < 0) return undefined;
  const rows = realEntries(container).filter((e) => e.group);
  if (!rows.length) return undefined;
  const named = description === undefined ? undefined : groupNamedIn(rows, description);
  if (named) return { group: named, why: 'named' };
  if (isGroupedByColumn(container)) return { group: rows[rows.length - 1]!.group!, why: 'last' };
  // People adding a row mostly write what most rows say (in the shared history, 21 of the 27 rows added so did).
  const counts = new Map<string, number>();
  for (const e of rows) counts.set(e.group!, (counts.get(e.group!) ?? 0) + 1);
  // Ties go to the later value: the end of the table, where the row goes.
  const most = [...counts].reduce<[string, number] | undefined>(
    (best, c) => (!best || c[1] >= best[1] ? c : best),
    undefined,
  )![0];
  return { group: most, why: 'most' };
}

/**
 * The one value of the column that the description says as a run of whole words, matched as a section
 * choice is matched against a heading (case, accents and punctuation aside).
 */
function groupNamedIn(rows: Entry[], description: string): string | undefined {
  const said = new Map<string, string>();
  for (const e of rows) {
    const key = normalizeSectionName(e.group!);
    if (key && !said.has(key) && sectionMatches(e.group!, description)) said.set(key, e.group!);
  }
  return said.size === 1 ? [...said.values()][0] : undefined;
}

/** What a maintainer should know of the group the entry went into, or of the section that was not used. */
export function groupNote(
  container: Container,
  chosen: DefaultGroup | undefined,
  section: string | undefined,
): string | undefined {
  if (section) return `this file has no sections, so the section "${section}" was not used`;
  if (!chosen) return undefined;
  const header = container.table!.columns.headers[container.table!.columns.group] ?? '';
  if (chosen.why === 'named')
    return `no section was given, so the "${header}" cell says "${chosen.group}", as the description does; a maintainer can change it`;
  if (chosen.why === 'last') return `no section was given, so the entry went into the last group, "${chosen.group}"`;
  return `no section was given, so the "${header}" cell says "${chosen.group}", as most rows do; a maintainer can change it`;
}
