import { isMap, isScalar, isSeq, type Node, Parser, parseDocument, type Document, type Pair } from 'yaml';
import { type DataComment, type DataDocument, type DataItem, type DataPair, lineAt } from './model.js';
import { lineStartsOf } from '../text/line-starts.js';
import { isGroupList, TITLE_KEYS } from './roles.js';

/** How deep below the root an adopters sequence may sit (`adopters.companies`). */
const MAX_DEPTH = 4;

export type Parsed = { ok: true; doc: DataDocument } | { ok: false; reason: string; line?: number };

/**
 * Reads a YAML file with the `yaml` package's Document API for positions (every span is an offset into the
 * original text) and its CST for the comments. Nothing is ever written back through the library.
 */
export function parseYamlData(source: string): Parsed {
  const document = parseDocument(source, { keepSourceTokens: true, uniqueKeys: false });
  const lineStarts = lineStartsOf(source);
  if (document.errors.length) {
    const error = document.errors[0]!;
    const line = lineAt({ lineStarts }, error.pos[0]);
    return { ok: false, reason: `the YAML does not parse: ${error.message.split('\n')[0]}`, line };
  }
  const doc: DataDocument = {
    format: 'yaml',
    source,
    eol: /\r\n/.test(source) ? '\r\n' : '\n',
    lineStarts,
    sequences: [],
    comments: collectComments(source),
    value: document.toJS({ maxAliasCount: -1 }),
  };
  collectSequences(document, document.contents, [], doc, 0);
  return { ok: true, doc };
}

function collectSequences(document: Document, node: unknown, path: string[], doc: DataDocument, depth: number) {
  if (depth > MAX_DEPTH) return;
  if (isSeq(node)) {
    const items = node.items.map((item, index) => readItem(document, item as Node, index, node.flow === true, doc));
    if (items.some((i) => i.pairs)) {
      const [start, end] = node.range ?? [0, 0];
      doc.sequences.push({ path, items, flow: node.flow === true, start, end, title: titleOf(document, path) });
    }
    // A list of groups (`- category: Vendors` / `items: [...]`) holds the adopters' lists inside its items.
    if (isGroupList(items))
      node.items.forEach((item, i) => collectSequences(document, item, [...path, String(i)], doc, depth + 1));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number'))
      collectSequences(document, pair.value, [...path, String(pair.key.value)], doc, depth + 1);
  }
}

/** A scalar beside the sequence that names its group (`project: Tooling`). */
function titleOf(document: Document, path: string[]): string | undefined {
  const parent = path.length ? document.getIn(path.slice(0, -1), true) : undefined;
  if (!isMap(parent)) return undefined;
  for (const key of TITLE_KEYS) {
    const value = parent.get(key, true);
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) return value.value.trim();
  }
  return undefined;
}

/** The end of a node's text, without the line breaks and blank lines a block scalar's range takes along. */
function contentEnd(source: string, start: number, end: number): number {
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return end;
}

function readItem(document: Document, node: Node, index: number, inFlow: boolean, doc: DataDocument): DataItem {
  const source = doc.source;
  const [rangeStart, rangeEnd] = node.range ?? [0, 0];
  let start = rangeStart;
  if (!inFlow) {
    // A block sequence item starts at its "- " indicator, before the node itself.
    let dash = start - 1;
    while (dash >= 0 && /\s/.test(source[dash]!)) dash--;
    if (dash >= 0 && source[dash] === '-') start = dash;
  }
  const pairs = isMap(node) ? node.items.map((pair) => readPair(document, pair, source)) : null;
  let end = contentEnd(source, start, rangeEnd);
  if (pairs?.length && !(isMap(node) && node.flow))
    end = Math.max(...pairs.map((p) => p.valueEnd), pairs[pairs.length - 1]!.keyEnd);
  return {
    index,
    start,
    end,
    startLine: lineAt(doc, start),
    endLine: lineAt(doc, Math.max(start, end - 1)),
    pairs,
    flow: isMap(node) && node.flow === true,
    value: node.toJS(document, { maxAliasCount: -1 }),
  };
}

function readPair(document: Document, pair: Pair, source: string): DataPair {
  const key = pair.key as Node | null;
  const [keyStart, keyEnd] = key?.range ?? [0, 0];
  const keyValue = isScalar(key) ? String(key.value) : String(key);
  const value = pair.value as Node | null;
  if (!value?.range)
    return { key: keyValue, keyStart, keyEnd, valueStart: keyEnd, valueEnd: keyEnd, value: null, style: 'PLAIN' };
  const [valueStart, rawEnd] = value.range;
  const style = isScalar(value)
    ? (value.type ?? 'PLAIN')
    : `${(isMap(value) || isSeq(value)) && value.flow ? 'FLOW' : 'BLOCK'}_${isSeq(value) ? 'SEQ' : 'MAP'}`;
  return {
    key: keyValue,
    keyStart,
    keyEnd,
    valueStart,
    valueEnd: contentEnd(source, valueStart, rawEnd),
    value: value.toJS(document, { maxAliasCount: -1 }),
    style,
  };
}

/** Every `# comment` of the file, found in the CST (the Document API keeps their text but not their place). */
function collectComments(source: string): DataComment[] {
  const out: DataComment[] = [];
  const visit = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const t of token) visit(t);
      return;
    }
    const t = token as Record<string, unknown>;
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      out.push({ start: t.offset, end: t.offset + t.source.length, text: t.source.replace(/^#\s?/, '') });
      return;
    }
    for (const [k, v] of Object.entries(t)) if (k !== 'parent') visit(v);
  };
  for (const token of new Parser().parse(source)) visit(token);
  return out.sort((a, b) => a.start - b.start);
}
