import type { Nodes } from 'mdast';
import { parseDocument, startOf, endOf } from './document.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';
import type { Splice } from './splice.js';
import type { NewEntry } from './render/types.js';
import { linkDestination } from './escape.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every link, image and raw HTML node inside [start, end). */
function inlineSyntax(node: Nodes, start: number, end: number, out: Nodes[] = []): Nodes[] {
  const s = startOf(node);
  const e = endOf(node);
  if (e <= start || s >= end) return out;
  if (
    ['link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference'].includes(node.type) &&
    s >= start
  ) {
    out.push(node);
  }
  if ('children' in node) for (const child of node.children) inlineSyntax(child, start, end, out);
  return out;
}

/**
 * Re-parses the file after the splice and checks what a reviewer would: the change is a pure insertion;
 * the container gained exactly one entry, at the expected line, which displays exactly the given name and
 * links exactly the given URL; no other entry or container changed; no link, image or HTML crept in
 * from the submission. Returns the reason when something is off.
 */
export function verifyInsertion(
  before: { source: string; containers: Container[] },
  splice: Splice,
  entry: NewEntry,
  expect: { containerStart: number | null; linked: boolean; logo: boolean },
): string | undefined {
  const { offset, text } = splice;
  const after = before.source.slice(0, offset) + text + before.source.slice(offset);
  if (after.slice(0, offset) + after.slice(offset + text.length) !== before.source)
    return 'the change is not a pure insertion';
  const doc = parseDocument(after);
  const containers = findContainers(doc);
  const mine = containers.find((c) => c.entries.some((e) => e.start >= offset && e.start < offset + text.length));
  if (!mine) return 'the new entry is not recognized as an entry after insertion';
  const added = mine.entries.find((e) => e.startLine === splice.line);
  if (!added) return `the new entry does not start at line ${splice.line}`;
  const problem = checkEntry(doc.tree, added, entry, expect, offset, offset + text.length);
  if (problem) return problem;
  const old = before.containers.find((c) => expect.containerStart !== null && c.start === expect.containerStart);
  const expected = old ? old.entries.map((e) => e.name) : [];
  const got = mine.entries.filter((e) => e !== added).map((e) => e.name);
  if (got.join('\u0000') !== expected.join('\u0000')) return 'the insertion changed the neighbouring entries';
  const others = (list: Container[], skip: Container | undefined) =>
    list
      .filter((c) => c !== skip)
      .map((c) => `${c.kind}:${c.entries.length}`)
      .join(',');
  if (others(containers, mine) !== others(before.containers, old))
    return 'the insertion changed another part of the file';
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
  if (expect.linked && added.source.kind !== 'heading' && added.url !== linkDestination(entry.url)) {
    return 'the new entry would not link the URL given';
  }
  const allowed = new Set([
    linkDestination(entry.url),
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
