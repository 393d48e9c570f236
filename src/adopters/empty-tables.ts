import type { Table } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import type { TableLayout } from './model.js';
import { readColumns } from './read/table-columns.js';
import { readRow, tableLayout } from './read/table-reader.js';

/**
 * Tables that have a header and no adopters yet, only perhaps a template row (`| *Your org here* | … |`)
 * or a blank one: the place for a first row, written from the header, above the template.
 */
export function findEmptyTables(doc: AdoptersDocument): TableLayout[] {
  let found = emptyTables.get(doc);
  if (!found) emptyTables.set(doc, (found = tablesWithoutAdopters(doc)));
  return found;
}

// Asked by several readers of one document (glossaries, selection): the answer is the same each time.
const emptyTables = new WeakMap<AdoptersDocument, TableLayout[]>();

function tablesWithoutAdopters(doc: AdoptersDocument): TableLayout[] {
  // Row by row: the first adopter (the first row of nearly every table) settles it.
  const templatesOnly = (table: Table) =>
    table.children.slice(1).every((row) => {
      const entry = readRow(doc, row, readColumns(table));
      return entry.placeholder || !entry.name.trim();
    });
  // A header of pictures (logos side by side in a one-row table) is a wall of logos, not a table's columns.
  const pictureHeader = (table: Table) =>
    /<img\b|!\[/i.test(doc.source.slice(startOf(table.children[0]!), endOf(table.children[0]!)));
  return doc.tree.children
    .filter(
      (n): n is Table => n.type === 'table' && startOf(n) >= doc.bodyStart && !pictureHeader(n) && templatesOnly(n),
    )
    .map((table) => tableLayout(doc, table, readColumns(table)));
}
