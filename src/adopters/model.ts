import type { Heading, List, ListItem, Paragraph, Table, TableRow } from 'mdast';
import type { NamePart } from './inline.js';

/** One adopter in the file, with the offsets it spans (its first character to the end of its last line). */
export interface Entry {
  start: number;
  end: number;
  /** 1-based lines. */
  startLine: number;
  endLine: number;
  name: string;
  url?: string;
  /** The entry says more than its name (a description, a use case). */
  hasDescription: boolean;
  /** A catch-all like containerd's `**_Other Projects_**`: stays last. */
  catchAll: boolean;
  /** The value of a grouping column (kubevirt's Type), when the table has one. */
  group?: string;
  /** Shape signature: entries with equal keys are written the same way. */
  shape: string;
  /** False when the entry is malformed (unbalanced emphasis, broken link): never copied. */
  wellFormed: boolean;
  source: EntrySource;
}

export type EntrySource =
  | { kind: 'list-item'; item: ListItem; part: NamePart | undefined }
  | { kind: 'paragraph'; paragraph: Paragraph; part: NamePart }
  | { kind: 'heading'; heading: Heading; bodyEnd: number }
  | { kind: 'table-row'; row: TableRow; part: NamePart | undefined; nameColumn: number };

export type ContainerKind = 'list' | 'table' | 'paragraphs' | 'headings';

/** A run of entries written one way: a list, a table, bold-name paragraphs, or one heading per adopter. */
export interface Container {
  kind: ContainerKind;
  entries: Entry[];
  start: number;
  end: number;
  /** Text of the heading the container sits under (null at the top of the file). */
  section: string | null;
  /** A blank line separates entries. */
  loose: boolean;
  /** The section the container lives in (its prose may state the order); filled by findContainers. */
  scopeStart?: number;
  scopeEnd?: number;
  list?: List;
  table?: Table;
  columns?: TableColumns;
  headingDepth?: number;
}

/** What each table column holds, by index; -1 when the table has no such column. */
export interface TableColumns {
  name: number;
  url: number;
  description: number;
  contact: number;
  logo: number;
  group: number;
  count: number;
  headers: string[];
}
