import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import { type DataComment, type DataDocument, type DataItem, type DataPair, lineAt } from './model.js';
import { lineStartsOf } from '../text/line-starts.js';
import type { Parsed } from './parse-yaml.js';
import { isGroupList, TITLE_KEYS } from './roles.js';

const MAX_DEPTH = 4;

/**
 * Reads a JSON file with VS Code's `jsonc-parser` for the offsets of every array, object, key and value
 * (comments, as in JSONC, are tolerated and kept). Nothing is ever written back through the library.
 */
export function parseJsonData(source: string): Parsed {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: false, allowTrailingComma: false });
  const lineStarts = lineStartsOf(source);
  if (errors.length || !root) {
    const error = errors[0];
    return {
      ok: false,
      reason: `the JSON does not parse: ${error ? printParseErrorCode(error.error) : 'empty file'}`,
      line: error ? lineAt({ lineStarts }, error.offset) : undefined,
    };
  }
  const comments: DataComment[] = [];
  visit(source, {
    onComment: (offset, length) =>
      comments.push({ start: offset, end: offset + length, text: source.slice(offset, offset + length) }),
  });
  const doc: DataDocument = {
    format: 'json',
    source,
    eol: /\r\n/.test(source) ? '\r\n' : '\n',
    lineStarts,
    sequences: [],
    comments,
    value: getNodeValue(root),
  };
  collect(root, [], undefined, doc, 0);
  return { ok: true, doc };
}

function collect(node: Node | undefined, path: string[], parent: Node | undefined, doc: DataDocument, depth: number) {
  if (!node || depth > MAX_DEPTH) return;
  if (node.type === 'array') {
    const items = (node.children ?? []).map((child, index) => readItem(child, index, doc));
    if (items.some((i) => i.pairs))
      doc.sequences.push({
        path,
        items,
        flow: true,
        start: node.offset,
        end: node.offset + node.length,
        title: parent ? titleOf(parent) : undefined,
      });
    if (isGroupList(items))
      (node.children ?? []).forEach((child, i) => collect(child, [...path, String(i)], node, doc, depth + 1));
    return;
  }
  if (node.type !== 'object') return;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && typeof key.value === 'string') collect(value, [...path, key.value], node, doc, depth + 1);
  }
}

function titleOf(object: Node): string | undefined {
  for (const wanted of TITLE_KEYS) {
    for (const property of object.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key?.value === wanted && value?.type === 'string' && String(value.value).trim())
        return String(value.value).trim();
    }
  }
  return undefined;
}

function readItem(node: Node, index: number, doc: DataDocument): DataItem {
  const start = node.offset;
  const end = node.offset + node.length;
  const pairs =
    node.type === 'object'
      ? (node.children ?? []).map((property): DataPair => {
          const [key, value] = property.children ?? [];
          const keyStart = key?.offset ?? property.offset;
          const keyEnd = key ? key.offset + key.length : keyStart;
          return {
            key: String(key?.value ?? ''),
            keyStart,
            keyEnd,
            valueStart: value?.offset ?? keyEnd,
            valueEnd: value ? value.offset + value.length : keyEnd,
            value: value ? getNodeValue(value) : null,
            style: value?.type ?? 'null',
          };
        })
      : null;
  return {
    index,
    start,
    end,
    startLine: lineAt(doc, start),
    endLine: lineAt(doc, end - 1),
    pairs,
    flow: true,
    value: getNodeValue(node),
  };
}
