import type { Html, Nodes, Root } from 'mdast';
import { readFast } from './fast-parse/index.js';
import { markdownReader } from './gfm-reading.js';
import { lineAtOffset, lineStartsOf } from '../text/line-starts.js';
import { placeUnplacedNodes } from './unplaced-nodes.js';

/**
 * A Markdown file parsed for positions only. The tree tells us where things are; every edit is a
 * splice into `source`, so bytes we did not mean to touch stay exactly as they were.
 */
export interface AdoptersDocument {
  source: string;
  tree: Root;
  /** The file's line ending, learnt from its first line break. */
  eol: '\n' | '\r\n';
  /** Whether the file ends with a line break (kept as it is). */
  finalNewline: boolean;
  /** Offset of the first character of each line (index 0 = line 1). */
  lineStarts: number[];
  /** Offset just after a YAML front-matter block, 0 when there is none. */
  bodyStart: number;
  /** Link reference definitions by normalized label, for `[Name][ref]` entries. */
  definitions: Map<string, string>;
}

// Made on first need: most files are read by the fast reader alone (esbuild.config.mjs loads remark lazily).
let processor: ReturnType<typeof markdownReader> | undefined;

export function parseDocument(source: string): AdoptersDocument {
  // The same tree either way (a differential test holds them equal); the fast reader spares big files
  // micromark's whole-file token stream, and gives up (undefined) where it cannot be sure.
  const fast = readFast(source);
  const tree = fast ?? (processor ??= markdownReader()).parse(source);
  const lineStarts = lineStartsOf(source);
  // The fast reader places every node (its remark slices included); remark's literal autolinks may come unplaced.
  if (!fast) placeUnplacedNodes(tree, source);
  if (source.includes('\\')) trimEscapedAutolinks(tree, source);
  const firstBreak = source.indexOf('\n');
  const eol = firstBreak > 0 && source[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(normalizeLabel(node.identifier), node.url);
  }
  return {
    source,
    tree,
    eol,
    finalNewline: source.endsWith('\n'),
    lineStarts,
    bodyStart: frontMatterEnd(source),
    definitions,
  };
}

/**
 * `\\(www.acme.com\\)`: micromark's literal autolink keeps the backslash that escapes the closing
 * parenthesis, where GitHub ends the link before it. The link ends before the backslash here too, so a
 * sibling's address is read (and replaced) without the escape.
 */
function trimEscapedAutolinks(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    const end = child.position?.end.offset;
    if (
      child.type === 'link' &&
      end !== undefined &&
      child.url.endsWith('\\') &&
      source[end - 1] === '\\' &&
      !/[[<]/.test(source[child.position!.start.offset!] ?? '')
    ) {
      child.url = child.url.slice(0, -1);
      child.position!.end = { ...child.position!.end, offset: end - 1, column: child.position!.end.column - 1 };
      const text = child.children[child.children.length - 1];
      if (text?.type === 'text' && text.value.endsWith('\\') && text.position) {
        text.value = text.value.slice(0, -1);
        text.position.end = { ...text.position.end, offset: end - 1, column: text.position.end.column - 1 };
      }
    } else trimEscapedAutolinks(child, source);
  }
}

export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Front matter (`---` … `---` on the first lines) is YAML, not Markdown: remark would read a heading. */
function frontMatterEnd(source: string): number {
  // YAML between `---` lines (Jekyll, most sites), or TOML between `+++` lines (Hugo).
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!open) return 0;
  const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m : /^\+\+\+[ \t]*(?:\r?\n|$)/m;
  const rest = source.slice(open[0].length);
  const m = close.exec(rest);
  return m ? open[0].length + m.index + m[0].length : 0;
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** 1-based line of an offset. */
export function lineOf(doc: AdoptersDocument, offset: number): number {
  return lineAtOffset(doc.lineStarts, offset);
}

/** Offset of the first character of a 1-based line (the end of the file past the last line). */
export function lineStart(doc: AdoptersDocument, line: number): number {
  return doc.lineStarts[line - 1] ?? doc.source.length;
}

/** The text of a 1-based line without its line ending. */
export function lineText(doc: AdoptersDocument, line: number): string {
  const start = lineStart(doc, line);
  const next = doc.lineStarts[line];
  const end = next === undefined ? doc.source.length : next - 1;
  return doc.source.slice(start, end).replace(/\r$/, '');
}

export function isBlankLine(doc: AdoptersDocument, line: number): boolean {
  return line >= 1 && line <= doc.lineStarts.length && lineText(doc, line).trim() === '';
}

export function lineCount(doc: AdoptersDocument): number {
  return doc.finalNewline ? doc.lineStarts.length - 1 : doc.lineStarts.length;
}

/** Offset of the end of the line before the one `offset` starts (its line break excluded). */
export function previousLineEnd(doc: AdoptersDocument, offset: number): number {
  const line = lineOf(doc, offset);
  if (line <= 1) return 0;
  const start = lineStart(doc, line);
  return start - (doc.source[start - 2] === '\r' ? 2 : 1);
}

/** HTML blocks of the file's body (after any front matter). */
export function topLevelHtml(doc: AdoptersDocument): Html[] {
  return doc.tree.children.filter((n): n is Html => n.type === 'html' && startOf(n) >= doc.bodyStart);
}
