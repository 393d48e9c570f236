import { lineAtOffset } from '../text/line-starts.js';

/** A data file's adopters, as the engine reads them: positions into the source, never a re-serialised copy. */

export type DataFormat = 'yaml' | 'json';

/** One `key: value` of an item, with the spans of its key and of its value's text. */
export interface DataPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value's own text (a quoted scalar with its quotes); start === end for YAML's empty `key:`. */
  valueStart: number;
  valueEnd: number;
  value: unknown;
  /**
   * How the value is written. YAML scalars: PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_FOLDED, BLOCK_LITERAL;
   * collections: FLOW_SEQ, FLOW_MAP, BLOCK_SEQ, BLOCK_MAP. JSON: string, number, boolean, null, array, object.
   */
  style: string;
}

/** One element of the adopters sequence. */
export interface DataItem {
  index: number;
  /** The item's first character (YAML's `-`, JSON's `{`) and the end of its last value. */
  start: number;
  end: number;
  /** 1-based lines of `start` and of the last character. */
  startLine: number;
  endLine: number;
  /** Its pairs in source order; null when the item is not a mapping. */
  pairs: DataPair[] | null;
  /** A YAML flow mapping `{…}` or a JSON object (members separated by commas). */
  flow: boolean;
  value: unknown;
}

/** A sequence whose items are mappings: a candidate list of adopters. */
export interface DataSequence {
  /** The keys leading to it from the root ([] for a top-level sequence). */
  path: string[];
  items: DataItem[];
  /** A YAML flow sequence or a JSON array (items separated by commas). */
  flow: boolean;
  start: number;
  end: number;
  /** A title next to it in its parent mapping (`project: Tooling`), naming a group of adopters. */
  title?: string;
}

export interface DataComment {
  start: number;
  end: number;
  text: string;
}

export interface DataDocument {
  format: DataFormat;
  source: string;
  eol: '\n' | '\r\n';
  /** Offsets of each line's first character (index 0 = line 1). */
  lineStarts: number[];
  sequences: DataSequence[];
  comments: DataComment[];
  /** The whole file as plain data. */
  value: unknown;
}

/** The roles our fields play, and the item keys that hold them in a file. */
export type Role = 'name' | 'url' | 'description' | 'logo' | 'contact' | 'group';

export type KeyMap = Partial<Record<Role, string>>;

/** 1-based line of an offset. */
export function lineAt(doc: Pick<DataDocument, 'lineStarts'>, offset: number): number {
  return lineAtOffset(doc.lineStarts, offset);
}

/** Offset just after a 1-based line's line break (the next line's start), or the end of the text. */
export function afterLine(doc: Pick<DataDocument, 'lineStarts' | 'source'>, line: number): number {
  return doc.lineStarts[line] ?? doc.source.length;
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);
