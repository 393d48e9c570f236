import { findDuplicatesIn } from '../adopters/duplicates.js';
import { itemParts, linePrefix } from './layout.js';
import { commentStatements, listedItems } from './listed-items.js';
import { type Located, openEntry } from './find-entry.js';
import { type DataDocument, type DataFormat, isRecord, type Role } from './model.js';
import { decideDataOrder, placeName } from './order.js';
import { parseData } from './parse-data.js';
import { planLogo } from './plan-fields.js';
import { applyReplacements, type DataEditResult, removalOf, type Replacement } from './remove-data-entry.js';
import { type RenderContext, renderField, renderValue } from './render-item.js';
import { inferKeys } from './roles.js';
import type { DataOptions } from './select-sequence.js';
import { isLoose, placeItem } from './splice.js';
import { deepEqual, valueAt, verifyData } from './verify.js';

/** New values for an entry (already validated); a field left out stays as it is. */
export interface DataChanges {
  name?: string;
  url?: string;
  description?: string;
  logo?: string;
}

const lineCount = (text: string) => text.split('\n').length;

/** Lines that differ between two texts, counted between their common first and last lines. */
function changedLines(before: string, after: string): { removed: number; added: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.length - head - tail, added: b.length - head - tail };
}

/** The spans of the entry that hold the changed values, rewritten in the entry's own style; new keys appended. */
function valueEdits(doc: DataDocument, at: Located, wanted: [string, string][]): Replacement[] {
  const { item, sequence } = at;
  const ctx: RenderContext = { doc, items: sequence.items, template: item, inFlow: sequence.flow };
  const parts = itemParts(doc, item);
  const pairs = item.pairs!;
  const last = pairs[pairs.length - 1]!;
  const out: Replacement[] = [];
  const added: string[] = [];
  for (const [key, value] of wanted) {
    const own = pairs.find((p) => p.key === key);
    if (own && own.valueEnd > own.valueStart) {
      out.push({ start: own.valueStart, end: own.valueEnd, text: renderValue(ctx, key, value, own) });
    } else if (own) {
      out.push({ start: own.keyStart, end: own.valueEnd, text: renderField(ctx, { key, value }, undefined) });
    } else added.push(parts.gap + renderField(ctx, { key, value }, undefined));
  }
  if (added.length) out.push({ start: last.valueEnd, end: last.valueEnd, text: added.join('') });
  return out;
}

/**
 * Changes an entry's values with the smallest edit: only the spans that hold the changed values are
 * rewritten, in the entry's own quoting; a key it lacks is added after its last key. A rename that moves
 * the entry in a sorted list is a removal plus an insertion at the new place, in the entry's own shape.
 */
export function updateDataEntry(
  source: string,
  format: DataFormat,
  target: string,
  changes: DataChanges,
  options: DataOptions = {},
): DataEditResult {
  const opened = openEntry(source, format, target, options.keys);
  if (!opened.ok) return opened;
  const { doc, found } = opened;
  const at = found;
  const { item, sequence, keys } = at;
  const current = isRecord(item.value) ? item.value : {};
  const warnings: string[] = [];
  const logo = planLogo(sequence.items, keys.logo, changes.logo, changes.name ?? at.name);
  if (logo.warning) warnings.push(logo.warning);
  const asked: [Role, string | undefined][] = [
    ['name', changes.name],
    ['url', changes.url],
    ['description', changes.description],
    ['logo', logo.value],
  ];
  const wanted: [string, string][] = [];
  for (const [role, value] of asked) {
    if (value === undefined) continue;
    const key = keys[role];
    if (!key)
      warnings.push(
        `the file's entries have no ${role === 'url' ? 'website' : role} key, so the ${role} was left as it is`,
      );
    else if (current[key] !== value) wanted.push([key, value]);
  }
  if (!wanted.length)
    return { ok: false, code: 'nothing-to-change', reason: 'nothing to change', line: item.startLine };
  const others = doc.sequences
    .flatMap((s) => listedItems(s.items, s === sequence ? keys : inferKeys(s.items, options.keys)))
    .filter((l) => l.item !== item && l.name);
  if (changes.name !== undefined) {
    const dup = findDuplicatesIn(others, changes.name, undefined).sameName;
    if (dup)
      return {
        ok: false,
        code: 'duplicate',
        reason: `"${dup.name}" is already listed (line ${dup.startLine})`,
        line: dup.startLine,
      };
  }
  const edits = valueEdits(doc, at, wanted);
  const expected = { ...current, ...Object.fromEntries(wanted) };
  const names = listedItems(sequence.items, keys).map((l) => l.name);
  const without = names.filter((_, i) => i !== item.index);
  const newName = changes.name ?? at.name;
  const order = decideDataOrder(names, commentStatements(doc));
  const slot =
    changes.name !== undefined && order.order === 'alphabetical'
      ? placeName(without, 0, without.length, newName, 'alphabetical')
      : item.index;

  if (slot === item.index) {
    const content = applyReplacements(source, edits);
    const problem = check(doc, format, content, sequence.path, item.index, item.index, expected);
    if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}`, line: item.startLine };
    const indent = linePrefix(doc, item.start);
    const text = applyReplacements(
      source.slice(item.start, item.end),
      edits.map((e) => ({ ...e, start: e.start - item.start, end: e.end - item.start })),
    );
    return {
      ok: true,
      content,
      line: item.startLine,
      ...changedLines(source, content),
      entry: indent + text,
      moved: false,
      warnings,
    };
  }
  // A rename that moves: remove the entry, then insert its rewritten text at its new place.
  const text = applyReplacements(
    source.slice(item.start, item.end),
    edits.map((e) => ({ ...e, start: e.start - item.start, end: e.end - item.start })),
  );
  const indent = linePrefix(doc, item.start);
  const removal = removalOf(doc, sequence, item);
  if ('reason' in removal) return { ok: false, code: 'unsafe', reason: removal.reason, line: item.startLine };
  const reread = parseData(applyReplacements(source, removal.replacements), format);
  const seq = reread.ok ? reread.doc.sequences.find((s) => s.path.join('.') === sequence.path.join('.')) : undefined;
  if (!reread.ok || !seq)
    return {
      ok: false,
      code: 'unsafe',
      reason: 'refusing to write: the list does not read back after removing the entry',
    };
  const placed = placeItem(reread.doc, seq, slot, text, indent);
  if (!placed.ok)
    return { ok: false, code: 'unsafe', reason: `refusing to write: ${placed.reason}`, line: item.startLine };
  const problem = check(doc, format, placed.content, sequence.path, item.index, slot, expected);
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}`, line: item.startLine };
  const added = lineCount(text) + (isLoose(reread.doc, seq) ? 1 : 0);
  return {
    ok: true,
    content: placed.content,
    line: placed.line,
    removed: removal.lines,
    added,
    entry: indent + text,
    moved: true,
    warnings,
  };
}

function check(
  doc: DataDocument,
  format: DataFormat,
  content: string,
  path: string[],
  from: number,
  to: number,
  expected: unknown,
) {
  const reread = parseData(content, format);
  if (!reread.ok) return `the result does not parse (${reread.reason})`;
  const item = (valueAt(reread.doc.value, path) as unknown[] | undefined)?.[to];
  if (!isRecord(item) || !isRecord(expected)) return 'the entry is not where it was put';
  for (const key of Object.keys(expected)) {
    const want = expected[key];
    const got = item[key];
    const same =
      typeof want === 'string' && typeof got === 'string' ? got.trimEnd() === want.trimEnd() : deepEqual(got, want);
    if (!same) return `"${key}" reads back as ${JSON.stringify(got)}`;
  }
  if (Object.keys(item).length !== Object.keys(expected).length) return 'the entry gained or lost a key';
  return verifyData(doc, format, reread.doc, { path, removedAt: from, index: to, item });
}
