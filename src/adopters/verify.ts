import type { Nodes } from 'mdast';
import { type AdoptersDocument, endOf, lineStart, parseDocument, startOf } from './document.js';
import { linkDestination } from './escape.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';
import { readAsColumns } from './read/table-columns.js';
import type { EntryValues } from './render/substitute.js';
import type { Splice } from './splice.js';

const collapse = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Entries on each side of the new one that are re-parsed with it. */
const CONTEXT = 3;

const SYNTAX = new Set(['link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference']);

/** Every link, image and raw HTML node starting inside [start, end). */
function inlineSyntax(node: Nodes, start: number, end: number, out: Nodes[] = []): Nodes[] {
  if (endOf(node) <= start || startOf(node) >= end) return out;
  if (SYNTAX.has(node.type) && startOf(node) >= start) out.push(node);
  if ('children' in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}

/**
 * The part of the new file to re-parse: the new entry with a few neighbours on each side, preceded by a
 * table's header rows and followed by the file's link definitions, so the fragment reads as the same
 * Markdown it sits in. Lists, tables and paragraphs can be cut that way; one-heading-per-adopter and
 * key/value entries depend on what encloses them, so their file is re-parsed whole.
 */
const indented = (doc: AdoptersDocument, container: Container) =>
  container.kind === 'list' && /^[ \t]/.test(doc.source.slice(lineStart(doc, container.entries[0]!.startLine)));

function windowOf(doc: AdoptersDocument, container: Container | null, index: number, splice: Splice, after: string) {
  if (
    !container ||
    container.kind === 'headings' ||
    container.kind === 'key-value' ||
    container.kind === 'logos' ||
    container.kind === 'tag-lines' ||
    container.kind === 'lines' ||
    // A list inside another (an outline's innermost group) reads as that list only with its parents.
    indented(doc, container)
  )
    return { text: after, shift: 0, neighbours: container?.entries ?? [] };
  const entries = container.entries;
  const first = entries[Math.max(0, index - CONTEXT)];
  const last = entries[Math.min(entries.length, index + CONTEXT) - 1];
  const from = Math.min(first?.start ?? splice.offset, splice.offset);
  const toOld = Math.max(last ? lineStart(doc, last.endLine + 1) : splice.offset, splice.offset);
  const head = container.table ? doc.source.slice(container.table.headStart, container.table.bodyStart) : '';
  const definitions = [...doc.definitions].map(([label, url]) => `[${label}]: <${url}>`).join(doc.eol);
  const text = `${head}${after.slice(from, toOld + splice.text.length)}${doc.eol}${doc.eol}${definitions}${doc.eol}`;
  const neighbours = entries.slice(Math.max(0, index - CONTEXT), Math.min(entries.length, index + CONTEXT));
  return { text, shift: from - head.length, neighbours };
}

/** Where the new entry's links, images and tags may come from: its own values, or the sibling it copies. */
function allowedSyntax(node: Nodes, values: EntryValues, template: string): boolean {
  if (node.type === 'link' || node.type === 'image') {
    const allowed = [values.url, values.logo, values.contact && `https://github.com/${values.contact}`].filter(
      (v): v is string => Boolean(v),
    );
    return allowed.some((v) => node.url === v || node.url === linkDestination(v)) || template.includes(node.url);
  }
  if (node.type === 'html') {
    const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(node.value)?.[1];
    return Boolean(tag) && new RegExp(`</?${tag}\\b`, 'i').test(template);
  }
  return template.includes(`[${'label' in node ? (node.label ?? '') : ''}]`);
}

/** The text shown by the blocks inside [start, end). */
function shownIn(tree: Nodes, start: number, end: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (endOf(node) <= start || startOf(node) >= end) return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return collapse(parts.join(' ')).includes(collapse(text));
}

/** Does the entry read back as the values given? Returns what differs. */
function readBack(added: Entry, values: EntryValues, expectUrl: boolean, appended: boolean): string | undefined {
  if (collapse(added.name) !== collapse(values.name))
    return `the new entry would display "${added.name}" instead of the name given`;
  if (expectUrl && values.url !== undefined && added.url !== values.url && added.url !== linkDestination(values.url))
    return 'the new entry would not link the URL given';
  // A description in parentheses reads back without them (the file's `Name (…)` shape): it shows the same.
  const given = collapse(values.description);
  const shown = collapse(added.description);
  // …and without a closing period the file's descriptions never have (render-entry.ts, inFileStyle).
  if (
    !appended &&
    values.description !== undefined &&
    shown !== given &&
    `(${shown})` !== given &&
    `${shown}.` !== given
  )
    return 'the new entry would not show the description as given';
  if (values.contact !== undefined && added.contact !== undefined && added.contact !== values.contact)
    return 'the new entry would not show the contact given';
  return undefined;
}

/**
 * Re-parses the result and checks what a reviewer would: the change is a pure insertion; the new entry is
 * an entry of the same kind of container, between the same neighbours, showing exactly the values given;
 * no link, image or HTML crept in from the submission. Returns the reason when something is off.
 */
export function verifyInsertion(
  doc: AdoptersDocument,
  splice: Splice,
  values: EntryValues,
  expect: {
    container: Container | null;
    index: number;
    /** The text the new entry copies markup from: the sibling, and a group cell from another row. */
    template: string;
    checkUrl: boolean;
    /** The description is a paragraph of its own, read as prose rather than as a field. */
    appended?: boolean;
  },
): string | undefined {
  const { offset, text } = splice;
  const after = doc.source.slice(0, offset) + text + doc.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== doc.source)
    return 'the change is not a pure insertion';
  const window = windowOf(doc, expect.container, expect.index, splice, after);
  const fragment = parseDocument(window.text);
  const layout = expect.container?.table;
  const piece = fragment.tree.children.find((node) => node.type === 'table');
  if (layout && piece) readAsColumns(piece, layout.columns);
  const start = offset - window.shift;
  const end = start + text.length;
  const within = (e: Entry) => e.start >= start && e.start < end;
  const mine = findContainers(fragment).find((c) => c.entries.some(within));
  if (!mine) return 'the new entry is not recognized as an entry after insertion';
  const added = mine.entries.find(within)!;
  if (expect.container && mine.kind !== expect.container.kind) return 'the new entry would change how the list is read';
  // Under a heading, a description may itself read as a labelled line ("Environments: …"): there it is
  // enough that the entry shows it.
  // A description without words ("&") does not read as one either: it is enough that it shows.
  const wordless = values.description !== undefined && !/\p{L}{2}/u.test(values.description);
  const prose =
    expect.appended ||
    ((mine.kind === 'headings' || wordless) && shownIn(fragment.tree, start, end, values.description));
  const problem = readBack(added, values, expect.checkUrl, prose);
  if (problem) return problem;
  for (const node of inlineSyntax(fragment.tree, start, end)) {
    if (!allowedSyntax(node, values, expect.template)) return `the submission would add a ${node.type} to the file`;
  }
  const got = mine.entries.filter((e) => e !== added).map((e) => collapse(e.name));
  const neighbours = window.neighbours.map((e) => collapse(e.name));
  if (expect.container && !neighbours.every((n) => got.includes(n)))
    return 'the insertion changed the neighbouring entries';
  return undefined;
}
