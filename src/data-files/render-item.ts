import { itemParts, linePrefix, withoutComments } from './layout.js';
import type { DataDocument, DataItem, DataPair } from './model.js';
import type { Field } from './plan-fields.js';
import { jsonStringStyle, renderJsonString, renderYamlScalar } from './scalars.js';

const SCALAR_STYLES = new Set(['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL']);

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const pairsOf = (items: readonly DataItem[], key: string) =>
  items.flatMap((i) => (i.pairs ?? []).filter((p) => p.key === key).map((pair) => ({ item: i, pair })));

/**
 * The style most siblings write this key's values in, empty ones included (`''` is how the file spells
 * nothing, and how it quotes); a tie goes to the style of the values that say something.
 */
function styleFor(items: readonly DataItem[], key: string): string | undefined {
  const pairs = pairsOf(items, key).filter(({ pair }) => SCALAR_STYLES.has(pair.style));
  const counts = new Map<string, number>();
  for (const { pair } of pairs) counts.set(pair.style, (counts.get(pair.style) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const tied = new Set([...counts].filter(([, n]) => n === top).map(([style]) => style));
  const filled = pairs.filter(({ pair }) => pair.value !== '' && pair.value !== null && tied.has(pair.style));
  return mostCommon(
    (filled.length ? filled : pairs.filter(({ pair }) => tied.has(pair.style))).map(({ pair }) => pair.style),
  );
}

/** The quoting the file falls back on when a value cannot be plain: its most common quoted style. */
function fallbackQuote(items: readonly DataItem[]): 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' {
  const quoted = items.flatMap((i) => (i.pairs ?? []).map((p) => p.style)).filter((s) => s.startsWith('QUOTE_'));
  return mostCommon(quoted) === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
}

/** A block scalar's header and content indentation, from a sibling that writes this key as one. */
function blockShape(doc: DataDocument, items: readonly DataItem[], template: DataItem, key: string) {
  const own = template.pairs?.find(
    (p) => p.key === key && p.style.startsWith('BLOCK_') && !p.style.endsWith('_MAP') && !p.style.endsWith('_SEQ'),
  );
  const column = linePrefix(doc, template.pairs![0]!.keyStart).length;
  const pick =
    own ??
    pairsOf(items, key).find(({ pair }) => pair.style.startsWith('BLOCK_F') || pair.style.startsWith('BLOCK_L'))?.pair;
  if (!pick) return { header: undefined, indent: `${' '.repeat(column)}  ` };
  const text = doc.source.slice(pick.valueStart, pick.valueEnd);
  const header = text
    .split(/\r?\n/)[0]!
    .replace(/\s+#.*$/, '')
    .trim();
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const siblingColumn = linePrefix(doc, pick.keyStart).length;
  // A sibling at another depth: keep its extra indentation relative to its key, at our key's column.
  const relative = Math.max(1, indent.length - siblingColumn);
  return { header, indent: own ? indent : ' '.repeat(column + relative) };
}

export interface RenderContext {
  doc: DataDocument;
  items: readonly DataItem[];
  template: DataItem;
  /** The sequence is a flow sequence or a JSON array (a YAML flow map's values are "in flow" too). */
  inFlow: boolean;
}

/**
 * The new item's text, from the first character of its first line's `-` or `{` to its last value: a copy
 * of the template sibling with the values substituted, keys in the sibling's order, the sibling's gaps and
 * separators, each value written in the style the siblings use for its key, escaped for its context.
 */
export function renderItem(ctx: RenderContext, fields: readonly Field[]): string {
  const { doc, template } = ctx;
  const parts = itemParts(doc, template);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const texts: string[] = [];
  for (const { pair } of parts.pairs) {
    const field = byKey.get(pair.key);
    if (!field) continue;
    byKey.delete(pair.key);
    texts.push(renderField(ctx, field, pair));
  }
  for (const field of byKey.values()) texts.push(renderField(ctx, field, undefined));
  return parts.open + texts.join(parts.gap) + parts.close;
}

export function renderField(ctx: RenderContext, field: Field, own: DataPair | undefined): string {
  const { doc, items, template } = ctx;
  if (field.copyFrom) {
    const pair = field.copyFrom.item.pairs![field.copyFrom.pairIndex]!;
    return withoutComments(doc, own?.keyStart ?? pair.keyStart, own?.keyEnd ?? pair.keyEnd) + copyValue(doc, pair, own);
  }
  const keySource = own ?? pairsOf(items, field.key)[0]?.pair;
  const keyText = keySource ? doc.source.slice(keySource.keyStart, keySource.keyEnd) : keyLiteral(doc, field.key);
  const first = template.pairs![0]!;
  const ownSep = own && own.valueEnd > own.valueStart && !/\n/.test(doc.source.slice(own.keyEnd, own.valueStart));
  const sep = doc.source.slice((ownSep ? own : first).keyEnd, (ownSep ? own : first).valueStart);
  return keyText + sep + renderValue(ctx, field.key, field.value ?? '');
}

/** A sibling's value text, with its key/value separator (the template's own when it has the key). */
function copyValue(doc: DataDocument, pair: DataPair, own: DataPair | undefined): string {
  const from = own && own.style === pair.style && JSON.stringify(own.value) === JSON.stringify(pair.value) ? own : pair;
  return withoutComments(doc, from.keyEnd, from.valueEnd);
}

function keyLiteral(doc: DataDocument, key: string): string {
  if (doc.format === 'json') return JSON.stringify(key);
  return renderYamlScalar(key, 'PLAIN', { inFlow: true, fallback: 'QUOTE_DOUBLE', eol: doc.eol });
}

/**
 * A value written for `key` as the siblings write it, or, given `own`, in that pair's own style (an
 * update keeps the quoting the entry already has).
 */
export function renderValue(ctx: RenderContext, key: string, value: string, own?: DataPair): string {
  const { doc, items, template } = ctx;
  if (doc.format === 'json') return renderJsonString(value, jsonStringStyle(doc.source));
  const ownStyle = own && own.valueEnd > own.valueStart && SCALAR_STYLES.has(own.style) ? own.style : undefined;
  const style = ownStyle ?? styleFor(items, key) ?? styleFor([template], template.pairs![0]!.key) ?? 'PLAIN';
  const block = style.startsWith('BLOCK_') ? blockShape(doc, items, template, key) : undefined;
  return renderYamlScalar(value, style, {
    inFlow: ctx.inFlow || template.flow,
    fallback: fallbackQuote(items),
    blockHeader: block?.header,
    blockIndent: block?.indent,
    eol: doc.eol,
  });
}
