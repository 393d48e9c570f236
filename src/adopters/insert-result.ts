import type { AdoptersDocument } from './document.js';
import type { ContainerKind } from './model.js';
import type { Order, OrderPolicy } from './order.js';
import type { Splice } from './splice.js';

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
  /** Appended at the start: the file keeps the newest entry first. */
  newestFirst?: boolean;
  container: ContainerKind | 'new-list';
  warnings: string[];
  /** Look-alikes and shared sites a maintainer should judge (also in `warnings`). */
  flags: { kind: 'same-site' | 'lookalike'; name: string; line: number }[];
  why: InsertWhy;
}

export type RefusalCode =
  | 'duplicate'
  | 'moved'
  | 'generated'
  | 'no-section'
  | 'no-container'
  | 'no-template'
  | 'url-required'
  | 'unsafe'
  /** A file in another markup language (reStructuredText, AsciiDoc, HTML): not edited. */
  | 'unsupported';

export interface Refused {
  ok: false;
  reason: string;
  /** The line the reason points at (an existing entry for a duplicate). */
  line?: number;
  code: RefusalCode;
}

export type InsertResult = Inserted | Refused;

/** The result of a splice: the new file and what a reviewer reads about it. */
export function finish(
  doc: AdoptersDocument,
  splice: Splice,
  meta: Omit<Inserted, 'ok' | 'content' | 'offset' | 'inserted' | 'line'>,
): Inserted {
  const content = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  return { ok: true, content, offset: splice.offset, inserted: splice.text, line: splice.line, ...meta };
}
