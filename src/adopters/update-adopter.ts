import type { EntryChanges } from '../submission/submission.js';
import type { AdoptersDocument } from './document.js';
import { findDuplicates } from './duplicates.js';
import {
  applyEdits,
  countChangedLines,
  type Edit,
  type EditRefused,
  type EditResult,
  type EntryEdited,
  lookupRefusal,
} from './edit-result.js';
import { escapeInline } from './escape.js';
import { entryFields, type EntryFields, type FieldSpan } from './entry-fields.js';
import { findEntry } from './find-entry.js';
import type { Container, Entry } from './model.js';
import { moveEntry, planMove } from './move-entry.js';
import { readAdoptersFile, type ReadFile, verifyEdit } from './verify-edit.js';
import { siblingLead, writeDescription, writeValue } from './write-value.js';

/** New values for an entry, already validated (see `validateEntryChanges` in src/submission). */
export type { EntryChanges } from '../submission/submission.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const refuse = (code: EditRefused['code'], reason: string, line?: number): EditRefused => ({
  ok: false,
  code,
  reason,
  ...(line === undefined ? {} : { line }),
});

interface Planned {
  edits: Edit[];
  warnings: string[];
  flags: EntryEdited['flags'];
}

/** Replacements of the spans whose value changes (spans already holding the new value are left alone). */
function rewrite(doc: AdoptersDocument, spans: FieldSpan[], value: string): Edit[] {
  return spans
    .map((s) => ({ start: s.start, end: s.end, text: writeValue(doc, s, value) }))
    .filter((e) => doc.source.slice(e.start, e.end) !== e.text);
}

/** A new name or website is checked against the other entries as a new entry would be. */
function duplicates(before: ReadFile, entry: Entry, name: string, url: string | undefined) {
  const others = before.containers.map((c) => ({ ...c, entries: c.entries.filter((e) => e !== entry) }));
  const dup = findDuplicates(others, name, url);
  const flags = [
    ...dup.sameSite.map((e) => ({ kind: 'same-site' as const, name: e.name, line: e.startLine })),
    ...dup.lookalikes.map((e) => ({ kind: 'lookalike' as const, name: e.name, line: e.startLine })),
  ];
  const warnings = flags.map((f) =>
    f.kind === 'same-site'
      ? `the same website is already listed for "${f.name}" (line ${f.line})`
      : `the name or website looks like "${f.name}" (line ${f.line})`,
  );
  return { sameName: dup.sameName, flags, warnings };
}

function planDescription(
  doc: AdoptersDocument,
  container: Container,
  fields: EntryFields,
  value: string,
): Edit | string | undefined {
  const span = fields.description;
  if (!span) return 'this entry has no place for a description, so the description is left out';
  if (span.end > span.start) {
    if (collapse(doc.source.slice(span.start, span.end)) === collapse(escapeInline(value))) return undefined;
    return { start: span.start, end: span.end, text: writeDescription(doc, container, span, value) };
  }
  const lead = fields.descriptionLead ?? siblingLead(doc, container, (i) => entryFields(doc, container.entries[i]!));
  if (lead === undefined) return 'entries here carry no description, so the description is left out';
  return { start: span.start, end: span.end, text: writeDescription(doc, container, span, value, lead) };
}

function planEdits(before: ReadFile, container: Container, entry: Entry, changes: EntryChanges): Planned | EditRefused {
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
  if (renamed) {
    if (!fields.name.length) return refuse('no-name', 'the bot cannot tell where this entry writes its name');
    edits.push(...rewrite(doc, fields.name, changes.name!));
  }
  if (changes.url !== undefined) {
    if (!fields.url.length) unplaced.push('this entry carries no link, so the website is not written');
    else edits.push(...rewrite(doc, fields.url, changes.url));
  }
  if (changes.description !== undefined) {
    const planned = planDescription(doc, container, fields, changes.description);
    if (typeof planned === 'string') unplaced.push(planned);
    else if (planned) edits.push(planned);
  }
  if (changes.logo !== undefined) {
    if (!fields.logo.length) unplaced.push('this entry shows no logo, so the logo is left out');
    else edits.push(...rewrite(doc, fields.logo, changes.logo));
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
export function updateAdopter(source: string, entryName: string, changes: EntryChanges): EditResult {
  const before = readAdoptersFile(source);
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const planned = planEdits(before, container, entry, changes);
  if ('ok' in planned) return planned;
  const name = changes.name ?? entry.name;
  const removed = before.entries.indexOf(entry);
  const plan = collapse(name) === collapse(entry.name) ? undefined : planMove(before, container, entry, name);
  let edits = planned.edits;
  let index = removed;
  let warnings = planned.warnings;
  if (plan) {
    const moved = moveEntry(before, container, entry, plan, edits);
    if (typeof moved === 'string') return refuse('unsafe', `refusing to write: ${moved}`);
    ({ edits, index } = moved);
    warnings = [...warnings, ...moved.warnings];
  }
  const content = applyEdits(source, edits);
  const checked = verifyEdit(before, content, {
    removed,
    added: { index, name, url: changes.url, logo: changes.logo },
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
    warnings,
    flags: planned.flags,
  };
}
