import { type AdoptersDocument, parseDocument } from './document.js';
import { findDuplicates } from './duplicates.js';
import { escapeInline, linkDestination, markdownLink } from './escape.js';
import { findContainers } from './find-containers.js';
import type { Container, ContainerKind } from './model.js';
import { decideOrder, insertionIndex, type Order, type OrderPolicy } from './order.js';
import { chooseTemplate } from './render/choose-template.js';
import { renderHeadingEntry } from './render/render-heading-entry.js';
import { renderLineEntry } from './render/render-line-entry.js';
import { renderTableRow } from './render/render-table-row.js';
import type { NewEntry, Rendered } from './render/types.js';
import { selectPlacement } from './select-container.js';
import { type Splice, spliceEntry, spliceNewList } from './splice.js';
import { statementsFor } from './statements.js';
import { verifyInsertion } from './verify.js';

export interface InsertOptions {
  /** Heading text (or Type-column value) of the section the entry belongs in. */
  section?: string;
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
}

export interface Refused {
  ok: false;
  reason: string;
  /** The line the reason points at (an existing entry for a duplicate). */
  line?: number;
  code: 'duplicate' | 'moved' | 'generated' | 'no-section' | 'no-template' | 'unsafe';
}

export type InsertResult = Inserted | Refused;

/**
 * Inserts one adopter into an adopters file: finds the list, the order and the neighbours' style, splices
 * the new entry in, and re-parses to prove the result. A pure `(source) => result` transform.
 */
export function insertAdopter(source: string, entry: NewEntry, options: InsertOptions = {}): InsertResult {
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
  const flags = [
    ...dup.sameSite.map((e) => ({ kind: 'same-site' as const, name: e.name, line: e.startLine })),
    ...dup.lookalikes.map((e) => ({ kind: 'lookalike' as const, name: e.name, line: e.startLine })),
  ];
  const flagWarnings = flags.map((f) =>
    f.kind === 'same-site'
      ? `the same website is already listed for "${f.name}" (line ${f.line})`
      : `the name or website looks like "${f.name}" (line ${f.line})`,
  );
  const placement = selectPlacement(doc, containers, options);
  if (placement.kind === 'refuse') {
    const code = /moved/.test(placement.reason)
      ? 'moved'
      : /generated/.test(placement.reason)
        ? 'generated'
        : 'no-section';
    return { ok: false, code, reason: placement.reason };
  }
  if (placement.kind === 'new-list') {
    const item = `- ${markdownLink(entry.name, entry.url)}${entry.description ? ` - ${escapeInline(entry.description)}` : ''}`;
    const splice = spliceNewList(doc, placement.offset, item);
    const rendered: Rendered = {
      text: item,
      lines: 1,
      warnings: ['the file had no list of adopters yet; a new list was started'],
    };
    return finish(doc, splice, rendered, entry, null, {
      index: 0,
      section: placement.section,
      order: 'append',
      orderBasis: 'new-list',
      container: 'new-list',
      linked: true,
      flags,
      flagWarnings,
    });
  }
  const { container, group, note } = placement;
  const policy = decideOrder(container.entries, orderStatements(doc, container, containers));
  const index = placeIndex(container, policy, entry, group);
  const template = chooseTemplate(container, index, true);
  if (!template)
    return { ok: false, code: 'no-template', reason: 'no well-formed entry in this list to copy the style from' };
  const rendered =
    container.kind === 'table'
      ? renderTableRow(doc, container, template, entry, group)
      : container.kind === 'headings'
        ? renderHeadingEntry(doc, container, template, entry)
        : renderLineEntry(doc, container, template, index, entry);
  const splice = spliceEntry(doc, container, index, rendered.text);
  return finish(doc, splice, rendered, entry, container, {
    index,
    section: container.section ?? group ?? null,
    order: policy.order,
    orderBasis: policy.basis,
    container: container.kind,
    linked: rendered.text.includes(linkDestination(entry.url)),
    flags,
    flagWarnings: note ? [...flagWarnings, note] : flagWarnings,
  });
}

export function orderStatements(doc: AdoptersDocument, container: Container, containers: Container[]): string[] {
  const { local, global } = statementsFor(doc, container, containers);
  const localPolicy = decideOrder([], local);
  return localPolicy.basis === 'stated' ? local : [...local, ...global];
}

/** The slot among the container's entries: within the entry's group, before trailing catch-alls. */
function placeIndex(container: Container, policy: OrderPolicy, entry: NewEntry, group: string | undefined): number {
  const entries = container.entries;
  let lo = 0;
  let hi = entries.length;
  while (hi > lo && entries[hi - 1]!.catchAll) hi--;
  if (group) {
    const members = entries.map((e, i) => (e.group === group ? i : -1)).filter((i) => i >= 0);
    if (members.length) [lo, hi] = [members[0]!, Math.min(hi, members[members.length - 1]! + 1)];
  }
  if (policy.describedFirst && entry.description) {
    const firstBare = entries.findIndex((e, i) => i >= lo && i < hi && !e.hasDescription);
    if (firstBare >= 0) return firstBare;
  }
  return insertionIndex(entries, lo, hi, entry.name, policy.order);
}

function finish(
  doc: AdoptersDocument,
  splice: Splice,
  rendered: Rendered,
  entry: NewEntry,
  container: Container | null,
  meta: Pick<Inserted, 'section' | 'order' | 'orderBasis' | 'container' | 'flags'> & {
    linked: boolean;
    flagWarnings: string[];
    /** Where among the container's entries the new one goes. */
    index: number;
  },
): InsertResult {
  const problem = verifyInsertion({ doc }, splice, entry, {
    container,
    index: meta.index,
    linked: meta.linked,
    logo: Boolean(entry.logo),
  });
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return {
    ok: true,
    content,
    offset: splice.offset,
    inserted: splice.text,
    line: splice.line,
    lines: rendered.lines,
    entry: rendered.text,
    section: meta.section,
    order: meta.order,
    orderBasis: meta.orderBasis,
    container: meta.container,
    warnings: [...meta.flagWarnings, ...rendered.warnings],
    flags: meta.flags,
  };
}
