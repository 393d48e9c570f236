import { type AdoptersDocument, lineOf } from './document.js';
import { escapeInline, markdownLink } from './escape.js';
import { renderFromExample, renderFromExampleRow } from './example-entry.js';
import { type Inserted, type InsertResult, finish } from './insert-result.js';
import type { Container, TableLayout } from './model.js';
import { LEFT_OUT, type RenderOutcome, renderEntry } from './render/render-entry.js';
import { renderFirstRow } from './render/first-row.js';
import type { EntryValues } from './render/substitute.js';
import type { NewEntry } from './render/types.js';
import { type Splice, spliceNewList } from './splice.js';
import { verifyInsertion } from './verify.js';

// The first entry of a file that has none yet: no sibling to copy, so the file's example, the table's
// header or a default shape gives it.

/**
 * A file with a title and no list yet: the first entry in the shape of the file's example of one, if it
 * shows one in a code block, else a default list of `[Name](url) - description` items.
 */
export function newList(
  doc: AdoptersDocument,
  entry: NewEntry,
  placement: { offset: number; section: string | null; like?: Container },
  flags: Inserted['flags'],
  flagWarnings: string[],
): InsertResult {
  const copied =
    placement.like && firstInSection(doc, entry, { ...placement, like: placement.like }, flags, flagWarnings);
  if (copied) return copied;
  const shaped = renderFromExample(doc, entry);
  // The example's shape where the result reads back as written; else the default list below.
  if (shaped) {
    const splice = spliceNewList(doc, placement.offset, shaped.text);
    const check = { container: null, index: 0, template: shaped.template, checkUrl: shaped.values.url !== undefined };
    if (!verifyInsertion(doc, splice, shaped.values, check))
      return finish(doc, splice, {
        entry: shaped.text,
        lines: shaped.lines,
        section: placement.section,
        order: 'append',
        orderBasis: 'new-list',
        container: 'new-list',
        flags,
        warnings: [
          ...flagWarnings,
          ...shaped.warnings,
          "the file had no entries yet; the first follows the file's example",
        ],
        why: {
          container: 'no list of adopters yet: the first entry, where the list begins',
          order: 'append (a new list)',
          sibling: "copied the shape of the file's example",
        },
      });
  }
  const name = entry.url ? markdownLink(entry.name, entry.url) : escapeInline(entry.name);
  const item = `- ${name}${entry.description ? ` - ${escapeInline(entry.description)}` : ''}`;
  const splice = spliceNewList(doc, placement.offset, item);
  const values: EntryValues = { name: entry.name, url: entry.url, description: entry.description };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: '', checkUrl: true });
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
  return finish(doc, splice, {
    entry: item,
    lines: 1,
    section: placement.section,
    order: 'append',
    orderBasis: 'new-list',
    container: 'new-list',
    flags,
    warnings: [...flagWarnings, 'the file had no list of adopters yet; a new list was started'],
    why: { container: 'no list of adopters yet: a new list after the title', order: 'append (a new list)' },
  });
}

/**
 * The first entry of a section that has none yet, beside the file's list (`Projects` under `Organizations`):
 * a copy of that list's entries, as a list of its own. Undefined where that shape cannot stand alone (a
 * table row needs its table; a numbered item would carry the other list's count).
 */
function firstInSection(
  doc: AdoptersDocument,
  entry: NewEntry,
  placement: { offset: number; section: string | null; like: Container },
  flags: Inserted['flags'],
  flagWarnings: string[],
): InsertResult | undefined {
  const { like } = placement;
  if (like.kind !== 'list' || like.entries.some((e) => e.spans.some((s) => s.field === 'ordinal'))) return undefined;
  const rendered = keepDescription(renderEntry(doc, like, like.entries.length, entry, undefined), entry);
  if ('refused' in rendered) return undefined;
  // The other list starts on the line after its heading: so does this one.
  const above = /(?:^|\n)([^\n]*)\r?\n[ \t]*$/.exec(doc.source.slice(0, like.start))?.[1] ?? '';
  const splice = spliceNewList(doc, placement.offset, rendered.text, above.trim() !== '');
  const template = doc.source.slice(rendered.template.start, rendered.template.end);
  const check = { container: null, index: 0, template, checkUrl: rendered.values.url !== undefined };
  if (verifyInsertion(doc, splice, rendered.values, check)) return undefined;
  return finish(doc, splice, {
    entry: rendered.text,
    lines: rendered.lines,
    section: placement.section,
    order: 'append',
    orderBasis: 'new-list',
    container: 'new-list',
    flags,
    warnings: [
      ...flagWarnings,
      ...rendered.warnings,
      `the section "${placement.section}" had no entries yet; a list was started there`,
    ],
    why: {
      container: `the section "${placement.section}", asked for, had no entries yet: a new list there`,
      order: 'append (a new list)',
      sibling: `copied the shape of "${rendered.template.name}" (line ${rendered.template.startLine})`,
    },
  });
}

/**
 * The other section's entries may carry no description, but no entry of the new list says it has no place
 * for one: the description follows the name, as in the default list (` - `).
 */
function keepDescription(rendered: RenderOutcome, entry: NewEntry): RenderOutcome {
  if ('refused' in rendered || !entry.description || rendered.values.description !== undefined) return rendered;
  if (rendered.text.includes('\n')) return rendered;
  return {
    ...rendered,
    text: `${rendered.text} - ${escapeInline(entry.description)}`,
    values: { ...rendered.values, description: entry.description },
    warnings: rendered.warnings.filter((w) => w !== LEFT_OUT.description),
  };
}

/** A table with only its header: the first row, each value in the column its header names. */
export function firstRow(
  doc: AdoptersDocument,
  entry: NewEntry,
  table: TableLayout,
  flags: Inserted['flags'],
  flagWarnings: string[],
): InsertResult {
  const { columns } = table;
  const example = renderFromExampleRow(doc, table, entry);
  // A value the header has no column for is left out (and said so below), not read back.
  const values: EntryValues = example?.values ?? {
    name: entry.name,
    url: entry.url,
    description: columns.description >= 0 ? entry.description : undefined,
    contact: columns.contact >= 0 ? entry.contact : undefined,
  };
  const row = example?.text ?? renderFirstRow(doc, table, values);
  if (row === undefined)
    return { ok: false, code: 'unsafe', reason: 'a value cannot be written in this table as it is' };
  const atEnd = table.bodyStart >= doc.source.length && !doc.source.endsWith('\n');
  const splice: Splice = {
    offset: table.bodyStart,
    text: atEnd ? `${doc.eol}${row}` : `${row}${doc.eol}`,
    line: lineOf(doc, table.headStart) + 2,
  };
  const problem = verifyInsertion(doc, splice, values, { container: null, index: 0, template: '', checkUrl: true });
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
  const left = example
    ? example.warnings
    : [
        ...(entry.description && columns.description < 0
          ? ['the table has no column for a description, so it is not written']
          : []),
        ...(entry.logo ? ['the table has no column for a logo, so it is not written'] : []),
        ...(entry.contact && columns.contact < 0
          ? ['the table has no column for a contact, so it is not written']
          : []),
      ];
  return finish(doc, splice, {
    entry: row,
    lines: 1,
    section: null,
    order: 'append',
    orderBasis: 'new-list',
    container: 'table',
    flags,
    warnings: [
      ...flagWarnings,
      ...left,
      example
        ? 'the table had no adopters yet; the first row follows the example row kept in a comment below it'
        : 'the table had no adopters yet; the first row follows its header',
    ],
    why: { container: `the empty table at line ${lineOf(doc, table.headStart)}`, order: 'append (the first row)' },
  });
}
