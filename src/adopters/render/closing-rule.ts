import { realEntries } from '../carried-fields.js';
import type { Container } from '../model.js';

/** A thematic break on a line of its own (`---`, `***`, `* * *`, `___`). */
export const RULE_LINE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The entry's text and the rule it ends with (`## Acme` … `---`), if it ends with one. */
export function splitClosingRule(text: string): { body: string; rule?: string } {
  const lines = text.split(/\r?\n/);
  const last = lines[lines.length - 1]!;
  if (lines.length < 2 || !RULE_LINE.test(last)) return { body: text };
  return { body: text.slice(0, text.length - last.length).trimEnd(), rule: last };
}

/**
 * Entries that each end with a rule (stories set apart by `---`): the rule is the list's rhythm, which a
 * new entry keeps. Where only some end with one, it sets a group apart, and a copy would not carry it.
 */
export function entriesEndWithRule(source: string, container: Container): boolean {
  const real = realEntries(container);
  const ruled = real.filter((e) => splitClosingRule(source.slice(e.start, e.end).trimEnd()).rule).length;
  return ruled * 2 > real.length;
}
