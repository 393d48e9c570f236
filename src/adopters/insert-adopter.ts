import { type AdoptersDocument, lineOf, parseDocument } from './document.js';
import { duplicateFlags, findDuplicates } from './duplicates.js';
import { escapeInline, markdownLink } from './escape.js';
import { findContainers } from './find-containers.js';
import type { Container, ContainerKind, TableLayout } from './model.js';
import type { Order, OrderPolicy } from './order.js';
import { placeIndex } from './place-index.js';
import { requires } from './carried-fields.js';
import { renderEntry } from './render/render-entry.js';
import { renderFirstRow } from './render/first-row.js';
import type { EntryValues } from './render/substitute.js';
import type { NewEntry } from './render/types.js';
import { selectPlacement } from './select-container.js';
import { type Splice, spliceEntry, spliceNewList } from './splice.js';
import { orderPolicyFor } from './statements.js';
import { initialSection } from './initial-sections.js';
import { verifyInsertion } from './verify.js';
import { isValidEntry } from '../submission/validate-entry.js';

export interface InsertOptions {
  /** Heading text (or Type-column value) of the section the entry belongs in. */
  section?: string;
}

/** Why the entry went where it did, in the words a maintainer reads in the pull request. */
export interface InsertWhy {
  container: string;
  runnerUp?: string;
  order: string;
  sibling?: string;
}

export interface Inserted {
  ok: true;
  /** The whole new file. */
  content: string;
  offset: number;
  /** The exact text spliced in at `offset` (entry plus the line breaks around it). */
  inserted: string;
  /** 1-based first line of the entry in the new file, and its line count. */
  line: number;
  lines: number;
  /** The entry's own text, as a reviewer would read it. */
  entry: string;
  section: string | null;
  order: Order;
  orderBasis: OrderPolicy['basis'] | 'new-list';
  container: ContainerKind | 'new-list';
  warnings: string[];
  /** Look-alikes and shared sites a maintainer should judge (also in `warnings`). */
  flags: { kind: 'same-site' | 'lookalike'; name: string; line: number }[];
  why: InsertWhy;
}

export type RefusalCode =
  'duplicate' | 'moved' | 'generated' | 'no-section' | 'no-container' | 'no-template' | 'url-required' | 'unsafe';

export interface Refused {
  ok: false;
  reason: string;
  /** The line the reason points at (an existing entry for a duplicate). */
  line?: number;
  code: RefusalCode;
}

export type InsertResult = Inserted | Refused;

const KIND_WORDS: Record<ContainerKind, string> = {
  list: 'list',
  table: 'table',
  paragraphs: 'run of name paragraphs',
  headings: 'run of one heading per adopter',
  'key-value': 'run of key/value blocks',
  logos: 'wall of logos',
};

function describe(container: Container): string {
  const first = container.entries[0]!;
  return `the ${KIND_WORDS[container.kind]} of ${container.entries.length} entries at line ${first.startLine}${container.section ? ` under "${container.section}"` : ''}`;
}

/**
 * Inserts one adopter into an adopters file: finds the list, its order and the nearest sibling's shape,
 * splices the new entry in, and re-parses to prove the result. A pure `(source) => result` transform.
 */
export function insertAdopter(source: string, entry: NewEntry, options: InsertOptions = {}): InsertResult {
  // The type already says so; this stops a JavaScript caller, or a cast, from writing unchecked text.
  if (!isValidEntry(entry)) throw new TypeError('insertAdopter takes an entry made by validateEntry (src/submission)');
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const dup = findDuplicates(containers, entry.name, entry.url);
  if (dup.sameName) {
    const e = dup.sameName;
    return {
      ok: false,
      code: 'duplicate',
      line: e.startLine,
      reason: `"${e.name}" is already listed (line ${e.startLine})`,
    };
  }
  const { flags, warnings: flagWarnings } = duplicateFlags(dup);
  const placement = selectPlacement(doc, containers, { ...options, logo: entry.logo !== undefined });
  if (placement.kind === 'refuse') return { ok: false, code: placement.code, reason: placement.reason };
  if (placement.kind === 'new-list') return newList(doc, entry, placement, flags, flagWarnings);
  if (placement.kind === 'empty-table') return firstRow(doc, entry, placement.table, flags, flagWarnings);
  const { group, note } = placement;
  const byInitial = initialSection(containers, placement.container, entry.name);
  if (byInitial.kind === 'missing')
    return {
      ok: false,
      code: 'no-section',
      reason: `this file lists its adopters under one heading per initial and has no "${byInitial.initial}" heading yet; add the heading and the entry by hand`,
    };
  const container = byInitial.kind === 'index' ? byInitial.container : placement.container;
  if (entry.url === undefined && requires(container, 'url'))
    return {
      ok: false,
      code: 'url-required',
      reason:
        "this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL",
    };
  const policy: OrderPolicy =
    byInitial.kind === 'index'
      ? { order: 'alphabetical', basis: 'detected', evidence: 'one heading per initial' }
      : orderPolicyFor(doc, container, containers);
  const index = placeIndex(container, policy, entry.name, Boolean(entry.description), group);
  const rendered = renderEntry(doc, container, index, entry, group);
  if ('refused' in rendered)
    return { ok: false, code: rendered.field ? 'unsafe' : 'no-template', reason: rendered.refused };
  const splice = spliceEntry(doc, container, index, rendered.text);
  const template = doc.source.slice(rendered.template.start, rendered.template.end) + (rendered.groupCell ?? '');
  const problem = verifyInsertion(doc, splice, rendered.values, {
    container,
    index,
    template,
    checkUrl: rendered.values.url !== undefined,
    appended: rendered.appended,
  });
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
  return finish(doc, splice, {
    entry: rendered.text,
    lines: rendered.lines,
    section: container.section ?? group ?? null,
    order: policy.order,
    orderBasis: policy.basis,
    container: container.kind,
    flags,
    warnings: [...flagWarnings, ...(note ? [note] : []), ...rendered.warnings],
    why: {
      container: describe(container),
      ...(placement.runnerUp ? { runnerUp: describe(placement.runnerUp) } : {}),
      order: `${policy.order} (${policy.evidence})`,
      sibling: `copied the shape of "${rendered.template.name}" (line ${rendered.template.startLine})`,
    },
  });
}

/** A file with a title and no list yet: a default list of `[Name](url) - description` items. */
function newList(
  doc: AdoptersDocument,
  entry: NewEntry,
  placement: { offset: number; section: string | null },
  flags: Inserted['flags'],
  flagWarnings: string[],
): InsertResult {
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

/** A table with only its header: the first row, each value in the column its header names. */
function firstRow(
  doc: AdoptersDocument,
  entry: NewEntry,
  table: TableLayout,
  flags: Inserted['flags'],
  flagWarnings: string[],
): InsertResult {
  const { columns } = table;
  // A value the header has no column for is left out (and said so below), not read back.
  const values: EntryValues = {
    name: entry.name,
    url: entry.url,
    description: columns.description >= 0 ? entry.description : undefined,
    contact: columns.contact >= 0 ? entry.contact : undefined,
  };
  const row = renderFirstRow(doc, table, values);
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
  const left = [
    ...(entry.description && columns.description < 0
      ? ['the table has no column for a description, so it is not written']
      : []),
    ...(entry.logo ? ['the table has no column for a logo, so it is not written'] : []),
    ...(entry.contact && columns.contact < 0 ? ['the table has no column for a contact, so it is not written'] : []),
  ];
  return finish(doc, splice, {
    entry: row,
    lines: 1,
    section: null,
    order: 'append',
    orderBasis: 'new-list',
    container: 'table',
    flags,
    warnings: [...flagWarnings, ...left, 'the table had no adopters yet; the first row follows its header'],
    why: { container: `the empty table at line ${lineOf(doc, table.headStart)}`, order: 'append (the first row)' },
  });
}

function finish(
  doc: AdoptersDocument,
  splice: Splice,
  meta: Omit<Inserted, 'ok' | 'content' | 'offset' | 'inserted' | 'line'>,
): Inserted {
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return { ok: true, content, offset: splice.offset, inserted: splice.text, line: splice.line, ...meta };
}
