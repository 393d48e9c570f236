// The check after an insertion re-reads a few rows around the new one. Those rows are read with the
// columns the whole table showed: four rows with a short description among them may not look like a
// description column on their own.
import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

const table = lines(
  '# Who uses this',
  '',
  '| Project | What it is |',
  '| --- | --- |',
  '| [ai-helm](https://acme.example.org/ai-helm) | GitOps for the AI platform |',
  '| [authz](https://acme.example.org/authz) | Authorization service |',
  '| [rag-api](https://acme.example.org/rag) | Retrieval backend |',
);

describe('a table re-read around the new row', () => {
  it.each(['A dashboard.', 'Dashboards.'])(
    'shows a short description (%s) in the column the table keeps for it',
    (d) => {
      const result = inserted(table, keyed('Mango Metrics', d));
      expect(result.entry).toBe(`| [Mango Metrics](https://mangometrics.example.com) | ${d} |`);
      expect(result.line).toBe(8);
    },
  );
});
