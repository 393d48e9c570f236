import { type AdoptersDocument, isBlankLine } from '../document.js';
import type { Entry } from '../model.js';

/** Entries are separated by blank lines in most gaps (one entry alone counts as tight). */
export function isLoose(entries: Entry[], doc: AdoptersDocument): boolean {
  let blank = 0;
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i]!.startLine - 1;
    if (before > entries[i - 1]!.endLine && isBlankLine(doc, before)) blank++;
  }
  return entries.length > 1 && blank * 2 > entries.length - 1;
}
