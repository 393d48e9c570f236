import { isValidEntryChanges, type ValidEntryChanges } from '../submission/validate-entry.js';
import type { AdoptersDocument } from './document.js';
import { descriptionSlot } from './description-slot.js';
import { duplicateFlags, findDuplicates } from './duplicates.js';
import {
  conflictRefusal,
  countChangedLines,
  type EditRefused,
  type EditResult,
  type EntryEdited,
  lookupRefusal,
} from './edit-result.js';
import { escapeFor } from './escape.js';
import { entryFields, type EntryFields } from './entry-fields.js';
import { findEntry } from './find-entry.js';
import { deriveText } from './inline.js';
import type { Container, Entry, FieldSpan } from './model.js';
import { moveEntry, planMove } from './move-entry.js';
import { applyEdits, type Edit } from './render/edits.js';
import { unusedDefinitions } from './unused-definitions.js';
import { readAdoptersFile, type ReadFile, verifyEdit } from './verify-edit.js';

/** New values for an entry, made only by `validateEntryChanges` (src/submission). */
export type { ValidEntryChanges as EntryChanges } from '../submission/validate-entry.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const refuse = (code: EditRefused['code'], reason: string, line?: number): EditRefused => ({
  ok: false,
  code,
  reason,
  ...(line === undefined ? {} : { line }),
});

/** Does only white space stand between the start of the line and `offset`? */
function atLineStart(source: string, offset: number): boolean {
  return !source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset).trim();
}

class Unwritable extends Error {}

/** A value written for its span's place, or thrown out when it cannot be written there as itself. */
function written(doc: AdoptersDocument, span: FieldSpan, value: string): string {
  const text = escapeFor(value, span.context, atLineStart(doc.source, span.start));
  if (text === undefined) throw new Unwritable(span.field);
  return text;
}

/** Replacements of the spans whose value changes (spans already holding the new value are left alone). */
function rewrite(doc: AdoptersDocument, spans: FieldSpan[], value: (s: FieldSpan) => string): Edit[] {
  return spans
    .map((s) => ({ start: s.start, end: s.end, text: written(doc, s, value(s)) }))
    .filter((e) => doc.source.slice(e.start, e.end) !== e.text);
}

/** A new name or website is checked against the other entries as a new entry's would be. */
function duplicates(before: ReadFile, entry: Entry, name: string, url: string | undefined) {
  const others = before.containers.map((c) => ({ ...c, entries: c.entries.filter((e) => e !== entry) }));
  const dup = findDuplicates(others, name, url);
  return { sameName: dup.sameName, ...duplicateFlags(dup) };
}

function planDescription(
  doc: AdoptersDocument,
  container: Container,
  entry: Entry,
  fields: EntryFields,
  value: string,
): Edit[] | string {
  const span = fields.description;
  if (span && span.end > span.start) {
    if (collapse(doc.source.slice(span.start, span.end)) === collapse(written(doc, span, value))) return [];
    return rewrite(doc, [span], () => value);
  }
  if (span) {
    // An empty cell: the text goes after the opening pipe and one space; the padding after it stays.
    const pipe = doc.source.lastIndexOf('|', span.start - 1);
    const interior = doc.source.slice(pipe + 1, span.start);
    const at = pipe >= 0 && !interior.trim() ? pipe + 1 + Math.min(1, interior.length) : span.start;
    return [{ start: at, end: at, text: written(doc, { ...span, start: at, end: at }, value) }];
  }
  const slot = descriptionSlot(doc, container, entry);
  if (!slot) return 'this entry has no place for a description, so the description is not written';
  const text = escapeFor(value, slot.context, /\n[ \t]*$/.test(slot.lead) || atLineStart(doc.source, slot.at));
  if (text === undefined) throw new Unwritable('description');
  return [{ start: slot.at, end: slot.at, text: slot.lead + text }];
}

interface Planned {
  edits: Edit[];
  warnings: string[];
  flags: EntryEdited['flags'];
}

function planEdits(
  before: ReadFile,
  container: Container,
  entry: Entry,
  changes: ValidEntryChanges,
): Planned | EditRefused {
  const { doc } = before;
  const fields = entryFields(doc, entry);
  const edits: Edit[] = [];
  const unplaced: string[] = [];
  let checked: ReturnType<typeof duplicates> | undefined;
  const renamed = changes.name !== undefined && collapse(changes.name) !== collapse(entry.name);
  if (renamed || changes.url !== undefined) {
    checked = duplicates(before, entry, changes.name ?? entry.name, changes.url ?? entry.url);
    const same = checked.sameName;
    if (renamed && same)
      return refuse('duplicate', `"${same.name}" is already listed (line ${same.startLine})`, same.startLine);
  }
  try {
    if (renamed) {
      if (!fields.name.length) return refuse('no-name', 'the bot cannot tell where this entry writes its name');
      edits.push(...rewrite(doc, fields.name, () => changes.name!));
    }
    if (changes.url !== undefined) {
      if (!fields.url.length) unplaced.push('this entry carries no link, so the website is not written');
      edits.push(...rewrite(doc, fields.url, () => changes.url!));
      edits.push(...rewrite(doc, fields.urlText, (s) => deriveText(s.derive ?? 'host', changes.url!)));
    }
    if (changes.description !== undefined) {
      const planned = planDescription(doc, container, entry, fields, changes.description);
      if (typeof planned === 'string') unplaced.push(planned);
      else edits.push(...planned);
    }
    if (changes.logo !== undefined) {
      if (!fields.logo.length) unplaced.push('this entry shows no logo, so the logo is not written');
      else edits.push(...rewrite(doc, fields.logo, () => changes.logo!));
    }
  } catch (error) {
    if (!(error instanceof Unwritable)) throw error;
    return refuse('unsafe', `the ${error.message} cannot be written in this entry as it is`);
  }
  if (!edits.length) {
    const why = unplaced.length ? unplaced.join('; ') : 'the entry already says this';
    return refuse('nothing-to-change', `nothing to change: ${why}`);
  }
  return { edits, warnings: [...(checked?.warnings ?? []), ...unplaced], flags: checked?.flags ?? [] };
}

/**
 * Updates one adopter: rewrites only the spans that hold changed values (a new URL touches the URL and
 * nothing else of the row), escaped for their context. A rename in an alphabetical list that leaves the
 * entry out of place moves it: a removal plus an insertion of the same text at its new place. A pure
 * `(source) => result` transform; the result is re-read and checked before it is returned.
 */
export function updateAdopter(source: string, entryName: string, changes: ValidEntryChanges): EditResult {
  // The type already says so; this stops a JavaScript caller, or a cast, from writing unchecked text.
  if (!isValidEntryChanges(changes))
    throw new TypeError('updateAdopter takes changes made by validateEntryChanges (src/submission)');
  const before = readAdoptersFile(source);
  const conflicted = conflictRefusal(before.doc);
  if (conflicted) return conflicted;
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const planned = planEdits(before, container, entry, changes);
  if ('ok' in planned) return planned;
  const name = changes.name ?? entry.name;
  const plan = collapse(name) === collapse(entry.name) ? undefined : planMove(before, container, entry, name);
  let edits = planned.edits;
  // Every edit is inside the entry, after the start of its first line: in place, it starts where it did.
  let at = entry.start;
  let warnings = planned.warnings;
  if (plan) {
    const moved = moveEntry(before, container, entry, plan, edits);
    if (typeof moved === 'string') return refuse('unsafe', `refusing to write: ${moved}`);
    ({ edits, at } = moved);
    warnings = [...warnings, ...moved.warnings];
  }
  const content = applyEdits(source, edits);
  const checked = verifyEdit(before, content, {
    removed: entry,
    added: { at, name, url: changes.url, logo: changes.logo },
  });
  if (!checked.ok) return refuse('unsafe', `refusing to write: ${checked.reason}`);
  const neu = checked.entry!;
  return {
    ok: true,
    content,
    line: neu.startLine,
    ...countChangedLines(source, content),
    entry: content.slice(neu.start, neu.end),
    moved: Boolean(plan),
    name: entry.name,
    previous: source.slice(entry.start, entry.end),
    warnings: [...warnings, ...unusedDefinitions(before.doc, entry, checked.file.doc)],
    flags: planned.flags,
  };
}
