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
  /** Index, among all entries of the old file, of the entry taken out (or rewritten). */
  removed: number;
  /** The entry as it must read afterwards, at its index among all entries of the new file. */
  added?: { index: number; name: string; url?: string; logo?: string };
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
  const count = (nodes: Nodes[], type: string) => nodes.filter((n) => n.type === type).length;
  // A replaced description may take its own links away; nothing may come in.
  for (const type of SYNTAX) {
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
  const names = before.entries.map((e) => collapse(e.name));
  names.splice(expect.removed, 1);
  if (expect.added) names.splice(expect.added.index, 0, collapse(expect.added.name));
  const got = file.entries.map((e) => collapse(e.name));
  const differs = Math.max(names.length, got.length);
  for (let i = 0; i < differs; i++) {
    if (names[i] === got[i]) continue;
    if (expect.added && i === expect.added.index && got[i] !== undefined)
      return { ok: false, reason: `the entry would display "${got[i]}" instead of the name given` };
    return { ok: false, reason: 'the change would alter how the other entries of the file are read' };
  }
  if (!expect.added) return { ok: true, file };
  const entry = file.entries[expect.added.index]!;
  const url = expect.added.url === undefined ? undefined : linkDestination(expect.added.url);
  if (url !== undefined && entry.url !== undefined && entry.url !== url)
    return { ok: false, reason: 'the entry would not link the website given' };
  const allowed = [url, expect.added.logo && linkDestination(expect.added.logo)].filter((u): u is string => !!u);
  const problem = syntaxProblem(before, before.entries[expect.removed]!, file, entry, allowed);
  return problem ? { ok: false, reason: problem } : { ok: true, file, entry };
}
