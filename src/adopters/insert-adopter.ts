import { parseDocument } from './document.js';
import { duplicateFlags, findDuplicates } from './duplicates.js';
import { renderFromExample, showsAll } from './example-entry.js';
import { firstRow, newList } from './first-entry.js';
import { findContainers } from './find-containers.js';
import { type InsertResult, finish } from './insert-result.js';
import type { Container, ContainerKind } from './model.js';
import type { OrderPolicy } from './order.js';
import { placeIndex } from './place-index.js';
import { requires } from './carried-fields.js';
import { renderEntry } from './render/render-entry.js';
import type { NewEntry } from './render/types.js';
import { selectPlacement } from './select-container.js';
import { spliceEntry } from './splice.js';
import { orderPolicyFor } from './statements.js';
import { initialSection } from './initial-sections.js';
import { newLogoRow } from './logo-rows.js';
import { verifyInsertion } from './verify.js';
import { isValidEntry } from '../submission/validate-entry.js';

export type { InsertResult, InsertWhy, Inserted, Refused, RefusalCode } from './insert-result.js';

export interface InsertOptions {
  /** Heading text (or Type-column value) of the section the entry belongs in. */
  section?: string;
}

const KIND_WORDS: Record<ContainerKind, string> = {
  list: 'list',
  table: 'table',
  paragraphs: 'run of name paragraphs',
  headings: 'run of one heading per adopter',
  'key-value': 'run of key/value blocks',
  logos: 'wall of logos',
  'tag-lines': 'run of one tag per adopter',
  lines: 'run of one name per line',
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
  const placement = selectPlacement(doc, containers, {
    ...options,
    logo: entry.logo !== undefined,
    description: entry.description,
    url: entry.url,
  });
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
  const own = renderEntry(doc, container, index, entry, group);
  if ('refused' in own) return { ok: false, code: own.field ? 'unsafe' : 'no-template', reason: own.refused };
  const shapes = [
    {
      ...own,
      template: doc.source.slice(own.template.start, own.template.end) + (own.groupCell ?? ''),
      sibling: `copied the shape of "${own.template.name}" (line ${own.template.startLine})`,
    },
  ];
  // A list begun in a shorter shape than the file's example asks for: a value its entries have no place
  // for goes where the example shows it, if the list still reads the same with it.
  const example = showsAll(own, entry) ? undefined : renderFromExample(doc, entry, container.kind);
  if (example) {
    const warning = "the entries here have no place for a value given; the new one follows the file's example";
    const sibling = "copied the shape of the file's example, which shows every value";
    shapes.unshift({ ...example, warnings: [...example.warnings, warning], appended: false, sibling });
  }
  let problem: string | undefined;
  for (const shape of shapes) {
    const splice = newLogoRow(doc, container, index, shape.text) ?? spliceEntry(doc, container, index, shape.text);
    problem = verifyInsertion(doc, splice, shape.values, {
      container,
      index,
      template: shape.template,
      checkUrl: shape.values.url !== undefined,
      appended: shape.appended,
    });
    if (problem) continue;
    return finish(doc, splice, {
      entry: shape.text,
      lines: shape.lines,
      section: container.section ?? group ?? null,
      order: policy.order,
      orderBasis: policy.basis,
      ...(policy.newestFirst ? { newestFirst: true } : {}),
      container: container.kind,
      flags,
      warnings: [...flagWarnings, ...(note ? [note] : []), ...shape.warnings],
      why: {
        container: describe(container),
        ...(placement.runnerUp ? { runnerUp: describe(placement.runnerUp) } : {}),
        order: `${policy.order}${policy.newestFirst ? ', newest first' : ''} (${policy.evidence})`,
        sibling: shape.sibling,
      },
    });
  }
  return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
}
