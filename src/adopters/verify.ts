import type { Nodes } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, parseDocument, startOf } from './document.js';
import { linkDestination } from './escape.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';
import type { NewEntry } from './render/types.js';
import type { Splice } from './splice.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Entries on each side of the new one that are re-parsed with it. */
const CONTEXT = 3;

/** Every link, image and raw HTML node starting inside [start, end). */
function inlineSyntax(node: Nodes, start: number, end: number, out: Nodes[] = []): Nodes[] {
  const s = startOf(node);
  const e = endOf(node);
  if (e <= start || s >= end) return out;
  const kinds = ['link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference'];
  if (kinds.includes(node.type) && s >= start) out.push(node);
  if ('children' in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}

/**
 * The part of the new file to re-parse: the new entry with a few neighbours on each side (the whole
 * file when there was no list yet), preceded by a table's header rows and followed by the file's link
 * definitions, so the fragment reads as the same Markdown it sits in. Re-parsing the whole of a file
 * with thousands of entries would double the cost of an insertion for no more certainty: the splice
 * is at line starts inside one container, and its neighbours show whether it stayed there.
 */
function windowOf(doc: AdoptersDocument, container: Container | null, index: number, splice: Splice) {
  const after = doc.source.slice(0, splice.offset) + splice.text + doc.source.slice(splice.offset);
  if (!container) return { text: after, shift: 0, neighbours: [] as Entry[] };
  const entries = container.entries;
  const first = entries[Math.max(0, index - CONTEXT)];
  const last = entries[Math.min(entries.length, index + CONTEXT) - 1];
  const from = Math.min(first?.start ?? splice.offset, splice.offset);
  const toOld = Math.max(last ? lineStart(doc, last.endLine + 1) : splice.offset, splice.offset);
  const to = toOld + splice.text.length;
  let head = '';
  if (container.table) {
    const body = container.table.children[1];
    head = doc.source.slice(
      lineStart(doc, lineOf(doc, container.start)),
      body ? lineStart(doc, lineOf(doc, startOf(body))) : splice.offset,
    );
  }
  const definitions = [...doc.definitions].map(([label, url]) => `[${label}]: <${url}>`).join(doc.eol);
  const text = `${head}${after.slice(from, to)}${doc.eol}${doc.eol}${definitions}${doc.eol}`;
  const neighbours = entries.slice(Math.max(0, index - CONTEXT), Math.min(entries.length, index + CONTEXT));
  return { text, shift: from - head.length, neighbours };
}

/**
 * Re-parses the result and checks what a reviewer would: the change is a pure insertion; the new entry
 * is an entry of the same container, between the same neighbours, displaying exactly the given name and
 * linking exactly the given URL; no link, image or HTML crept in from the submission. Returns the
 * reason when something is off.
 */
export function verifyInsertion(
  before: { doc: AdoptersDocument },
  splice: Splice,
  entry: NewEntry,
  expect: { container: Container | null; index: number; linked: boolean; logo: boolean },
): string | undefined {
  const { doc } = before;
  const { offset, text } = splice;
  const after = doc.source.slice(0, offset) + text + doc.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== doc.source)
    return 'the change is not a pure insertion';
  const window = windowOf(doc, expect.container, expect.index, splice);
  const fragment = parseDocument(window.text);
  const start = offset - window.shift;
  const end = start + text.length;
  const mine = findContainers(fragment).find((c) => c.entries.some((e) => e.start >= start && e.start < end));
  if (!mine) return 'the new entry is not recognized as an entry after insertion';
  const added = mine.entries.find((e) => e.start >= start && e.start < end)!;
  if (expect.container && mine.kind !== expect.container.kind) return 'the new entry would change how the list is read';
  const problem = checkEntry(fragment.tree, added, entry, expect, start, end);
  if (problem) return problem;
  const got = mine.entries.filter((e) => e !== added).map((e) => collapse(e.name));
  const expected = window.neighbours.map((e) => collapse(e.name));
  if (expect.container && got.join('\u0000') !== expected.join('\u0000'))
    return 'the insertion changed the neighbouring entries';
  return undefined;
}

function checkEntry(
  tree: Nodes,
  added: Entry,
  entry: NewEntry,
  expect: { linked: boolean; logo: boolean },
  start: number,
  end: number,
): string | undefined {
  if (collapse(added.name) !== collapse(entry.name))
    return `the new entry would display "${added.name}" instead of the name given`;
  const url = entry.url === undefined ? undefined : linkDestination(entry.url);
  if (expect.linked && added.source.kind !== 'heading' && (url === undefined || added.url !== url)) {
    return 'the new entry would not link the URL given';
  }
  const allowed = new Set([
    ...(url === undefined ? [] : [url]),
    ...(entry.logo ? [linkDestination(entry.logo)] : []),
    `https://github.com/${entry.contact ?? ''}`,
  ]);
  for (const node of inlineSyntax(tree, start, end)) {
    if (node.type === 'link' && allowed.has(node.url)) continue;
    if (node.type === 'image' && expect.logo && allowed.has(node.url)) continue;
    if (node.type === 'html' && expect.logo && /^<img\b/i.test(node.value)) continue;
    return `the submission would add a ${node.type} to the file`;
  }
  return undefined;
}
