import { diffLines } from 'diff';
import type { AdoptersDocument } from './document.js';
import type { FoundEntry } from './find-entry.js';
import { conflictMarkerLine, conflictReason } from './merge-conflict.js';

/** An update or a removal that was made (and proved), in any format: the new file and where it changed. */
export interface EditMade {
  ok: true;
  /** The whole new file. */
  content: string;
  /** 1-based first line of the changed entry in the new file, or of the removed entry in the old one. */
  line: number;
  /** Lines taken out and put in, as a line diff of the two files counts them. */
  removed: number;
  added: number;
  /** The entry's new text; null for a removal. */
  entry: string | null;
  /** A rename moved the entry to its alphabetical place. */
  moved: boolean;
  warnings: string[];
}

/** A change to a Markdown entry: also what the request was about, for the approval to bind. */
export interface EntryEdited extends EditMade {
  /** The entry's name as the file listed it, and its text before the change. */
  name: string;
  previous: string;
  /** Look-alikes and shared sites of a new name or website, for a maintainer to judge (also in `warnings`). */
  flags: { kind: 'same-site' | 'lookalike'; name: string; line: number }[];
}

export type EditRefusalCode =
  'not-found' | 'ambiguous' | 'nothing-to-change' | 'duplicate' | 'no-name' | 'unsupported' | 'unsafe';

export interface EditRefused {
  ok: false;
  code: EditRefusalCode;
  reason: string;
  /** The line the reason points at (the other entry of a duplicate). */
  line?: number;
  /** The lines of an ambiguous name. */
  lines?: number[];
  /** The listed names nearest to one that was not found, nearest first. */
  closest?: { name: string; line: number }[];
}

export type EditResult = EntryEdited | EditRefused;

/** A failed lookup as a refusal. */
export function lookupRefusal(found: Exclude<FoundEntry, { ok: true }>): EditRefused {
  if (found.code === 'ambiguous') return { ok: false, code: 'ambiguous', reason: found.reason, lines: found.lines };
  return { ok: false, code: 'not-found', reason: found.reason, closest: found.closest };
}

/** A file with an unresolved merge holds two versions of its list: which one to edit is the maintainer's call. */
export function conflictRefusal(doc: AdoptersDocument): EditRefused | undefined {
  const line = conflictMarkerLine(doc);
  if (line === undefined) return undefined;
  return {
    ok: false,
    code: 'unsupported',
    reason: conflictReason(line),
    line,
  };
}

/** Lines removed and added between two versions of a file, counted as `git diff` would. */
export function countChangedLines(before: string, after: string): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  for (const change of diffLines(before, after)) {
    if (change.removed) removed += change.count;
    else if (change.added) added += change.count;
  }
  return { removed, added };
}
