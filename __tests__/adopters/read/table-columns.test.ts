// Which column holds what, in tables too long to read every row of (the statistics read 1,000 rows,
// evenly spaced). The expected columns are what the headers and cells were written to mean.
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/adopters/document.js';
import { readColumns } from '../../../src/adopters/read/table-columns.js';

function tableOf(header: string, rows: string[]): Table {
  const doc = parseDocument([header, header.replace(/[^|]+/g, '---'), ...rows, ''].join('\n'));
  return doc.tree.children.find((n): n is Table => n.type === 'table')!;
}

const TYPES = ['End user', 'Vendor', 'Service provider'];

describe('readColumns on long tables', () => {
  it.each([10, 999, 1001, 4321])('reads %i rows of type, linked name and description', (count) => {
    const rows = Array.from(
      { length: count },
      (_, i) =>
        `| ${TYPES[i % 3]} | [Org ${i}](https://org${i}.example.org) | Runs service number ${i} in production |`,
    );
    const columns = readColumns(tableOf('| Type | Organization | Usage |', rows));
    expect(columns).toMatchObject({ group: 0, name: 1, url: -1, description: 2, contact: -1, count: 3 });
  });

  it('sees a column filled only from the middle of a long table on', () => {
    // Handles appear in the second half only: most of the sample's filled cells are handles.
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `| [Org ${i}](https://org${i}.example.org) | ${i >= 1500 ? `@person${i}` : ''} | Uses it for job ${i} |`,
    );
    const columns = readColumns(tableOf('| Name | Who | Notes |', rows));
    expect(columns).toMatchObject({ name: 0, contact: 1, description: 2 });
  });
});
