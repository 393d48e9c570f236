import type { AdoptersDocument } from './document.js';
import { findEmptyTables } from './empty-tables.js';
import type { Container } from './model.js';
import { cellRanges } from './read/table-reader.js';

/** What a table row's short cells say (its Type, its status), outside its name and description. */
function cellTerms(doc: AdoptersDocument, container: Container): string[] {
  const columns = container.table!.columns;
  const terms = columns.headers.map((h) => h.toLowerCase());
  for (const e of container.entries) {
    cellRanges(doc.source, e.start, e.end).forEach((r, i) => {
      if (i === columns.name || i === columns.description) return;
      const text = doc.source.slice(r.start, r.end).replace(/[*_`]/g, '').trim().toLowerCase();
      if (text && text.length <= 40) terms.push(text);
    });
  }
  return terms;
}

/**
 * A run whose names are another table's column headers or cell values (`**Type**: …`, `End-user`: what
 * the columns and types mean) explains the adopters list; it is not one.
 */
export function markGlossaries(doc: AdoptersDocument, containers: Container[]): void {
  const tables = containers.filter((c) => c.table);
  const read = new Map<Container, string[]>();
  const termsOf = (t: Container) => read.get(t) ?? read.set(t, cellTerms(doc, t)).get(t)!;
  for (const c of containers) {
    const terms = new Set(tables.filter((t) => t !== c).flatMap(termsOf));
    const names = c.entries.map((e) =>
      e.name
        .replace(/[:*]+$/, '')
        .trim()
        .toLowerCase(),
    );
    const explained = names.filter((n) => terms.has(n)).length;
    const glossary = (names.length && explained * 2 > names.length) || namesAColumn(doc, c, tables);
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
