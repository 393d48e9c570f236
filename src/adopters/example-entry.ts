import type { Code, Html, RootContent } from 'mdast';
import { type AdoptersDocument, lineOf, lineText, parseDocument, startOf } from './document.js';
import { EXAMPLE_WORDS } from './container-doubts.js';
import { findContainers } from './find-containers.js';
import { displayText } from './inline.js';
import type { Container, ContainerKind, TableLayout } from './model.js';
import { type RenderedEntry, renderEntry } from './render/render-entry.js';
import type { EntryValues } from './render/substitute.js';
import type { NewEntry } from './render/types.js';
import { cellRanges } from './read/table-reader.js';

/** An entry shown as an example in a code block, read as a document of its own. */
export interface ExampleList {
  doc: AdoptersDocument;
  container: Container;
}

/** Code that shows Markdown: no language, or one that names Markdown or plain text. */
const MARKDOWN_CODE = /^(?:markdown|md|text|txt|plain)?$/i;

/**
 * A file whose list has not started yet may still show how an entry looks, in a code block under
 * "Example:" or "Template" (```` ```markdown ```` then `### Example Corp` over its fields): the first entry
 * is written in that shape rather than in a default one. The block counts when it reads as exactly one
 * list of entries and either its entry is a placeholder or the text just above it calls it an example.
 */
export function exampleList(doc: AdoptersDocument): ExampleList | undefined {
  const blocks = doc.tree.children;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'code' || !MARKDOWN_CODE.test(block.lang ?? '')) continue;
    const found = readExample(block, blocks[i - 1]);
    if (found) return found;
  }
  return undefined;
}

function readExample(code: Code, above: RootContent | undefined): ExampleList | undefined {
  if (!code.value.trim()) return undefined;
  // Read with `\n` line ends, whatever the file's: the entry is written back with the file's own.
  const doc = parseDocument(`${code.value.replace(/\r\n?/g, '\n')}\n`);
  const lists = findContainers(doc, { example: true }).filter((c) => c.kind !== 'logos');
  if (lists.length !== 1) return undefined;
  const [list] = lists as [Container];
  const introduced =
    (above?.type === 'paragraph' || above?.type === 'heading') && EXAMPLE_WORDS.test(displayText(above));
  if (!introduced && !list.entries.some((e) => e.placeholder)) return undefined;
  // Here a placeholder stands for an adopter: its fields are the places the new entry's values go.
  const container = { ...list, entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
  return { doc, container };
}

/** A new entry in the shape of the file's example of one: the first of a list, or one its siblings cannot show. */
export interface ExampleShaped {
  text: string;
  lines: number;
  values: EntryValues;
  /** The example's text, where the new entry's markup comes from. */
  template: string;
  warnings: string[];
}

/** Does the rendering show every value given, each in its own place (no description added as prose)? */
export function showsAll(rendered: RenderedEntry, entry: NewEntry): boolean {
  const given = (['url', 'description', 'logo', 'contact'] as const).filter((f) => entry[f] !== undefined);
  return !rendered.appended && given.every((f) => rendered.values[f] !== undefined);
}

/**
 * The entry in the shape of the file's example, when it has one (of the list's kind, if given) that
 * shows every value: an example with no place for one (no link for the website) would lose it.
 */
export function renderFromExample(
  doc: AdoptersDocument,
  entry: NewEntry,
  kind?: ContainerKind,
): ExampleShaped | undefined {
  const example = exampleList(doc);
  if (!example || (kind && example.container.kind !== kind)) return undefined;
  const { container } = example;
  const rendered = renderEntry(example.doc, container, container.entries.length, entry, undefined);
  if ('refused' in rendered || !showsAll(rendered, entry)) return undefined;
  return {
    text: doc.eol === '\n' ? rendered.text : rendered.text.replace(/\n/g, doc.eol),
    lines: rendered.lines,
    values: rendered.values,
    template: example.doc.source.slice(rendered.template.start, rendered.template.end),
    warnings: rendered.warnings,
  };
}

/**
 * A table with only its header may keep its example row in an HTML comment below it ("Example row (copy it
 * above this comment and fill it in): | Example Ltd | Nightly tests | https://example.com |"): the first
 * row is written in that row's shape (the website where the example shows it), rather than from the
 * header's words alone.
 */
export function renderFromExampleRow(
  doc: AdoptersDocument,
  table: TableLayout,
  entry: NewEntry,
): ExampleShaped | undefined {
  const comment = doc.tree.children.find(
    (n): n is Html => n.type === 'html' && startOf(n) >= table.bodyStart && /^<!--/.test(n.value),
  );
  if (!comment || !EXAMPLE_WORDS.test(comment.value)) return undefined;
  const header = lineText(doc, lineOf(doc, table.headStart));
  const cells = (row: string) => cellRanges(row, 0, row.length).length;
  const row = comment.value
    .split(/\r?\n/)
    .find((line) => /^\s*\|?[^|]*\|/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line) && cells(line) === cells(header));
  if (!row) return undefined;
  const example = parseDocument(`${header}\n${table.delimiter}\n${row.trim()}\n`);
  const [list] = findContainers(example, { example: true }).filter((c) => c.kind === 'table');
  if (!list) return undefined;
  const container = { ...list, entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
  const rendered = renderEntry(example, container, container.entries.length, entry, undefined);
  if ('refused' in rendered || !showsAll(rendered, entry)) return undefined;
  return {
    text: rendered.text,
    lines: 1,
    values: rendered.values,
    template: row.trim(),
    warnings: rendered.warnings,
  };
}
