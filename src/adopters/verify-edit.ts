import type { Nodes } from 'mdast';
import { type AdoptersDocument, endOf, parseDocument, startOf } from './document.js';
import { linkDestination } from './escape.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A file as the engine reads it: its document, its containers and all their entries in order. */
export interface ReadFile {
  doc: AdoptersDocument;
  containers: Container[];
  entries: Entry[];
}

export function readAdoptersFile(source: string): ReadFile {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  return { doc, containers, entries: containers.flatMap((c) => c.entries) };
}

export interface EditExpectation {
  /** The entry of the old file taken out (or rewritten). */
  removed: Entry;
  /** The entry as it must read afterwards, starting at `at` in the new file. */
  added?: { at: number; name: string; url?: string; logo?: string };
}

/** Entries of a file but those nested in `entry`'s own lines (a list inside its description is its own). */
function othersThan(entries: Entry[], entry: Entry | undefined): Entry[] {
  return entries.filter((e) => !entry || (e !== entry && (e.start < entry.start || e.start >= entry.end)));
}

const SYNTAX = ['link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference'];

/** Every link, image and raw HTML node starting inside [start, end). */
function syntaxIn(node: Nodes, start: number, end: number, out: Nodes[] = []): Nodes[] {
  if (endOf(node) <= start || startOf(node) >= end) return out;
  if (SYNTAX.includes(node.type) && startOf(node) >= start) out.push(node);
  if ('children' in node) for (const child of node.children) syntaxIn(child, start, end, out);
  return out;
}

/**
 * New values must not bring markup of their own: the rewritten entry has no more links, images or HTML
 * nodes of any kind than before, and links only to addresses it had or was asked to have.
 */
function syntaxProblem(
  before: ReadFile,
  old: Entry,
  after: ReadFile,
  neu: Entry,
  allowed: string[],
): string | undefined {
  const was = syntaxIn(before.doc.tree, old.start, old.end);
  const now = syntaxIn(after.doc.tree, neu.start, neu.end);
  // A reference link rewritten with a new address becomes an inline one: the same link, written inline.
  const kind = (type: string) => type.replace(/Reference$/, '');
  const count = (nodes: Nodes[], type: string) => nodes.filter((n) => kind(n.type) === type).length;
  // A replaced description may take its own links away; nothing may come in.
  for (const type of new Set(SYNTAX.map(kind))) {
    if (count(now, type) > count(was, type)) return `the new values would add a ${type} to the entry`;
  }
  const known = new Set([...was.flatMap((n) => ('url' in n ? [n.url] : [])), ...allowed]);
  const stray = now.find((n) => 'url' in n && !known.has(n.url));
  return stray ? 'the entry would link an address nobody asked for' : undefined;
}

/**
 * Re-reads the new file and checks what a reviewer would: every other entry reads exactly as before, in
 * the same order; the rewritten entry (if any) sits where it should, displays exactly the new name,
 * links exactly the new website, and carries no markup the change did not ask for. Returns the
 * rewritten entry as read back, or the reason to refuse.
 */
export function verifyEdit(
  before: ReadFile,
  after: string,
  expect: EditExpectation,
): { ok: true; file: ReadFile; entry?: Entry } | { ok: false; reason: string } {
  const file = readAdoptersFile(after);
  const entry = expect.added && file.entries.find((e) => e.start === expect.added!.at);
  if (expect.added && !entry) return { ok: false, reason: 'the entry would not be read as an entry any more' };
  const was = othersThan(before.entries, expect.removed).map((e) => collapse(e.name));
  const now = othersThan(file.entries, entry).map((e) => collapse(e.name));
  if (was.join('\u0000') !== now.join('\u0000'))
    return { ok: false, reason: 'the change would alter how the other entries of the file are read' };
  if (!expect.added || !entry) return { ok: true, file };
  if (collapse(entry.name) !== collapse(expect.added.name))
    return { ok: false, reason: `the entry would display "${collapse(entry.name)}" instead of the name given` };
  const url = expect.added.url === undefined ? undefined : linkDestination(expect.added.url);
  if (url !== undefined && entry.url !== undefined && entry.url !== url)
    return { ok: false, reason: 'the entry would not link the website given' };
  const allowed = [url, expect.added.logo && linkDestination(expect.added.logo)].filter((u): u is string => !!u);
  const problem = syntaxProblem(before, expect.removed, file, entry, allowed);
  return problem ? { ok: false, reason: problem } : { ok: true, file, entry };
}
