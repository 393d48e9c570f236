import { commentStatements, listedItems } from './listed-items.js';
import { keptInGroups } from '../adopters/default-group.js';
import { isCatchAll, isPlaceholder } from '../adopters/entry-traits.js';
import { duplicateFlags, findDuplicatesIn } from '../adopters/duplicates.js';
import type { InsertWhy } from '../adopters/insert-adopter.js';
import { type Order, statedOrder } from '../adopters/stated-order.js';
import { isValidEntry } from '../submission/validate-entry.js';
import type { NewEntry } from '../adopters/render/types.js';
import { chooseTemplate } from './choose-template.js';
import { cuddledLayout, membersOf, placeCuddled } from './cuddled.js';
import { generatedNotice, generatedReason } from './generated.js';
import { linePrefix } from './layout.js';
import { type DataDocument, type DataFormat, type DataItem, isRecord } from './model.js';
import { type DataOrder, decideDataOrder, placeName } from './order.js';
import { parseData } from './parse-data.js';
import { planContact, planFields, planLogo } from './plan-fields.js';
import { renderItem } from './render-item.js';
import { inferKeys } from './roles.js';
import { type DataOptions, selectSequence } from './select-sequence.js';
import { placeItem } from './splice.js';
import { unfitList } from './unfit-list.js';
import { valueAt, verifyData } from './verify.js';

export interface DataInserted {
  ok: true;
  /** The whole new file. */
  content: string;
  /** 1-based first line of the new item in the new file, and its line count. */
  line: number;
  lines: number;
  /** The item's own text, as a reviewer reads it. */
  entry: string;
  /** The group it went into (a sequence's key or title, or the value of the items' group key). */
  section: string | null;
  order: Order;
  orderBasis: DataOrder['basis'];
  /** Put first: a comment says the file keeps the newest item first. */
  newestFirst?: boolean;
  container: 'data';
  format: DataFormat;
  /** Dotted path of the sequence, "" for a top-level one, and the new item's index in it. */
  path: string;
  index: number;
  warnings: string[];
  flags: { kind: 'same-site' | 'lookalike'; name: string; line: number }[];
  /** Why the item went where it did, in the words a maintainer reads in the pull request. */
  why: InsertWhy;
}

export interface DataRefused {
  ok: false;
  code: 'duplicate' | 'generated' | 'no-section' | 'no-template' | 'unsafe' | 'unreadable' | 'url-required';
  reason: string;
  line?: number;
}

export type DataInsertResult = DataInserted | DataRefused;

/**
 * Inserts one adopter into a YAML or JSON data file: finds the adopters sequence and how its items name
 * things, the order, the place and a sibling to copy, and splices the new item's lines in. Every other
 * byte is kept; the result is re-read and compared with the original before it is returned. Pure.
 */
export function insertDataEntry(
  source: string,
  format: DataFormat,
  entry: NewEntry,
  options: DataOptions = {},
): DataInsertResult {
  // The type already says so; this stops a JavaScript caller, or a cast, from writing unchecked text.
  if (!isValidEntry(entry))
    throw new TypeError('insertDataEntry takes an entry made by validateEntry (src/submission)');
  const parsed = parseData(source, format);
  if (!parsed.ok) return { ok: false, code: 'unreadable', reason: parsed.reason, line: parsed.line };
  const doc = parsed.doc;
  const generated = generatedNotice(doc);
  if (generated) return { ok: false, code: 'generated', reason: generatedReason(generated) };
  const selection = selectSequence(doc, options);
  if (!selection.ok) return selection;
  const { sequence, keys } = selection;
  const unfit = unfitList(sequence.items, keys, entry.url);
  if (unfit) return { ok: false, code: 'no-template', reason: unfit };
  const linked = sequence.items.filter((i) => isRecord(i.value) && keys.url && i.value[keys.url]).length;
  if (!entry.url && linked * 2 > sequence.items.length)
    return {
      ok: false,
      code: 'url-required',
      reason: `this file's items carry a website (${keys.url}), so the new entry needs its website's URL`,
    };
  // Every list of the file counts for duplicates (projects and companies alike).
  const listed = doc.sequences.flatMap((s) =>
    listedItems(s.items, s === sequence ? keys : inferKeys(s.items, options.keys)),
  );
  const dup = findDuplicatesIn(
    listed.filter((l) => l.name),
    entry.name,
    entry.url,
  );
  if (dup.sameName)
    return {
      ok: false,
      code: 'duplicate',
      line: dup.sameName.startLine,
      reason: `"${dup.sameName.name}" is already listed (line ${dup.sameName.startLine})`,
    };
  const { flags, warnings } = duplicateFlags(dup);
  if (selection.note) warnings.push(selection.note);

  const items = sequence.items;
  const own = listedItems(items, keys);
  const names = own.map((l) => l.name);
  let [lo, hi] = [0, items.length];
  if (selection.group !== undefined && keys.group) {
    const members = items
      .map((i, n) => (isRecord(i.value) && i.value[keys.group!] === selection.group ? n : -1))
      .filter((n) => n >= 0);
    const contiguous = members.length && members[members.length - 1]! - members[0]! + 1 === members.length;
    const groupOf = (i: (typeof items)[number]) => {
      const value = isRecord(i.value) ? i.value[keys.group!] : undefined;
      return typeof value === 'string' ? value : JSON.stringify(value ?? '');
    };
    const grouped = keptInGroups(items.map(groupOf));
    if (contiguous && grouped) [lo, hi] = [members[0]!, members[members.length - 1]! + 1];
  }
  // A template or a catch-all last ("Your Logo Here", "And many more") stays last: the new item goes before it.
  const last = (n: number) => own[n - 1]!;
  while (hi > lo && (isPlaceholder(last(hi).name, last(hi).url) || isCatchAll(last(hi).name))) hi--;
  const policy = decideDataOrder(names.slice(lo, hi), commentStatements(doc));
  // A rule written between two items (`# Add your site in lexicographical order` under two pinned ones)
  // holds from the item below it.
  if (policy.basis === 'stated') lo = Math.max(lo, ruledFrom(doc, items, lo, hi));
  const index = policy.newestFirst ? lo : placeName(names, lo, hi, entry.name, policy.order, policy.basis === 'stated');

  const logo = planLogo(items, keys.logo, entry.logo, entry.name);
  if (logo.warning) warnings.push(logo.warning);
  const planned = planFields(items, keys, entry, {
    group: selection.group,
    logo: logo.value,
    contact: planContact(items, keys.contact, entry.contact),
  });
  warnings.push(...planned.warnings);
  // Pictures named by their alt text (`{src, alt}`): without its logo the new item would show nothing.
  const shows = planned.fields.filter((f) => f.role && f.role !== 'name' && f.role !== 'group');
  if (!shows.length && keys.logo && own.every((l) => isRecord(l.item.value) && l.item.value[keys.logo!]))
    return {
      ok: false,
      code: 'no-template',
      reason: "each adopter here is shown by its logo, and the new one would show nothing else: give the logo's URL",
    };
  const cuddled = cuddledLayout(doc, sequence);
  const template = chooseTemplate(doc, items, planned.fields, index, cuddled !== undefined);
  if (!template)
    return { ok: false, code: 'no-template', reason: 'no item in this list is laid out on lines of its own to copy' };
  const text = renderItem({ doc, items, template, inFlow: sequence.flow }, planned.fields);
  const indent = linePrefix(doc, template.start);
  const placed = cuddled
    ? placeCuddled(doc, sequence, index, membersOf(text), cuddled)
    : placeItem(doc, sequence, index, text, indent);
  if (!placed.ok) return { ok: false, code: 'unsafe', reason: `refusing to write: ${placed.reason}` };

  const problem = checkNewItem(doc, format, placed.content, sequence.path, index, planned.fields);
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}` };
  // A cuddled object's lines are a separator and its members; most items' are their own text.
  const entryText = placed.block?.replace(/\r?\n$/, '') ?? indent + text;
  return {
    ok: true,
    content: placed.content,
    line: placed.line,
    lines: entryText.split('\n').length,
    entry: entryText.replace(/\r\n/g, '\n'),
    section: selection.section,
    order: policy.order,
    orderBasis: policy.basis,
    ...(policy.newestFirst ? { newestFirst: true } : {}),
    container: 'data',
    format,
    path: sequence.path.join('.'),
    index,
    warnings,
    flags,
    why: {
      container: `the ${format === 'json' ? 'JSON' : 'YAML'} list ${sequence.path.length ? `"${sequence.path.join('.')}"` : 'at the top of the file'} of ${items.length} items at line ${items[0]?.startLine ?? 1}`,
      order: `${policy.order}${policy.newestFirst ? ', newest first' : ''} (${policy.evidence})`,
      sibling: `copied the layout of "${names[template.index] || `item ${template.index + 1}`}" (line ${template.startLine})`,
    },
  };
}

/** The new item reads back with exactly the planned keys and values, and nothing else moved. */
function checkNewItem(
  doc: DataDocument,
  format: DataFormat,
  content: string,
  path: string[],
  index: number,
  fields: ReturnType<typeof planFields>['fields'],
): string | undefined {
  const reread = parseData(content, format);
  if (!reread.ok) return `the result does not parse (${reread.reason})`;
  const item = (valueAt(reread.doc.value, path) as unknown[] | undefined)?.[index];
  if (!isRecord(item)) return 'the new item is not where it was put';
  const keys = Object.keys(item);
  if (keys.length !== fields.length || fields.some((f) => !(f.key in item)))
    return 'the new item has other keys than planned';
  for (const f of fields) {
    const v = item[f.key];
    if (f.value !== undefined && (typeof v !== 'string' || v.trimEnd() !== f.value.trimEnd()))
      return `"${f.key}" reads back as ${JSON.stringify(v)}, not as written`;
  }
  return verifyData(doc, format, reread.doc, { path, index, item });
}

/** The first item under a comment inside the list that states its order; `lo` when none sits between items. */
function ruledFrom(doc: DataDocument, items: readonly DataItem[], lo: number, hi: number): number {
  for (let k = lo + 1; k < hi; k++) {
    const between = doc.comments.filter((c) => c.start > items[k - 1]!.end && c.end <= items[k]!.start);
    if (between.length && statedOrder(between.map((c) => c.text)).order) return k;
  }
  return lo;
}
