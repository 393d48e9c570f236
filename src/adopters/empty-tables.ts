import type { Table } from 'mdast';
import { type AdoptersDocument, startOf } from './document.js';
import type { TableLayout } from './model.js';
import { readColumns } from './read/table-columns.js';
import { readTable, tableLayout } from './read/table-reader.js';

/**
 * Tables that have a header and no adopters yet, only perhaps a template row (`| *Your org here* | … |`)
 * or a blank one: the place for a first row, written from the header, above the template.
 */
export function findEmptyTables(doc: AdoptersDocument): TableLayout[] {
  return doc.tree.children
    .filter(
      (n): n is Table =>
        n.type === 'table' &&
        startOf(n) >= doc.bodyStart &&
        (n.children.length === 1 || readTable(doc, n).entries.every((e) => e.placeholder || !e.name.trim())),
    )
    .map((table) => tableLayout(doc, table, readColumns(table)));
}
