import type { AdoptersDocument } from './document.js';
import { findEmptyTables } from './empty-tables.js';
import type { Container } from './model.js';
import { cellRanges } from './read/table-reader.js';

/** What a table row's short cells say (its Type, its status), outside its name and description, by column. */
function cellTerms(doc: AdoptersDocument, container: Container): Set<string>[] {
  const columns = container.table!.columns;
  const byColumn = columns.headers.map(() => new Set<string>());
  for (const e of container.entries) {
    cellRanges(doc.source, e.start, e.end).forEach((r, i) => {
      if (i === columns.name || i === columns.description) return;
      const text = doc.source.slice(r.start, r.end).replace(/[*_`]/g, '').trim().toLowerCase();
      if (text && text.length <= 40) byColumn[i]?.add(text);
    });
  }
  return byColumn;
}

/**
 * A run whose names are another table's column headers or cell values (`**Type**: …`, `End-user`: what
 * the columns and types mean) explains the adopters list; it is not one. So does a run of two names or
 * more that holds every value a column shows (`**Evaluation:** …`, `**Production:** …` over a table whose
 * Phase column so far says only Production).
 */
export function markGlossaries(doc: AdoptersDocument, containers: Container[]): void {
  const tables = containers.filter((c) => c.table);
  const read = new Map<Container, Set<string>[]>();
  const termsOf = (t: Container) => read.get(t) ?? read.set(t, cellTerms(doc, t)).get(t)!;
  for (const c of containers) {
    const others = tables.filter((t) => t !== c);
    const terms = new Set(
      others.flatMap((t) => [
        ...t.table!.columns.headers.map((h) => h.toLowerCase()),
        ...termsOf(t).flatMap((v) => [...v]),
      ]),
    );
    const names = c.entries.map((e) =>
      e.name
        .replace(/[:*]+$/, '')
        .trim()
        .toLowerCase(),
    );
    const explained = names.filter((n) => terms.has(n)).length;
    const listed = new Set(names);
    const legend =
      listed.size >= 2 &&
      others.some((t) => termsOf(t).some((values) => values.size > 0 && [...values].every((v) => listed.has(v))));
    const glossary = (names.length && explained * 2 > names.length) || legend || namesAColumn(doc, c, tables);
    if (glossary && !c.doubts.includes('example')) c.doubts.push('example');
  }
}

/** `phase name` → `phase`, `types` → `type`: a header as the word it is about. */
const headerWord = (header: string) =>
  header
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\bnames?\b/, '')
    .trim()
    .replace(/s$/, '');

/**
 * A table whose rows are named by what another table's column holds (`| Phase Name | Description |` beside
 * `| Organization | Phase |`, even one with no rows yet) tells what that column's values mean.
 */
function namesAColumn(doc: AdoptersDocument, container: Container, tables: Container[]): boolean {
  const columns = container.table?.columns;
  // A table is named by its name column's header; a list by the heading over it (`### Adopter Types`
  // over `- End-User: …` beside `| Type | Name | … |`).
  const words = columns
    ? [headerWord(columns.headers[columns.name] ?? '')]
    : (container.section ?? '').split(/\s+/).map(headerWord);
  const named = new Set(words.filter(Boolean));
  if (!named.size) return false;
  const others = [
    ...tables.filter((t) => t !== container).map((t) => t.table!.columns),
    ...findEmptyTables(doc).map((t) => t.columns),
  ];
  return others.some((o) => o.headers.some((h, i) => i !== o.name && named.has(headerWord(h))));
}
