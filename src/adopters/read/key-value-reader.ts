import { type AdoptersDocument, lineCount, lineStart, lineText, previousLineEnd } from '../document.js';
import type { Entry, FieldKind, FieldSpan, Range } from '../model.js';
import { makeEntry } from './entry.js';

/**
 * Entries written as blocks of `Key: value` lines, one block per adopter, often inside a code block
 * (`* N: Acme` / `D: …` / `U: https://…`). Which key holds what is learnt from the values: the key every
 * block starts with is the name, the one holding URLs the website, the one with the longest text the
 * description.
 */
const KEY_LINE = /^([ \t]*(?:[-*+][ \t]+)?)([\p{L}][\p{L}\p{N} _-]{0,24}?):([ \t]*)(.*)$/u;

interface KeyLine {
  line: number;
  key: string;
  value: Range;
}

interface Block {
  lines: KeyLine[];
  first: number;
  last: number;
}

function blocksIn(doc: AdoptersDocument, firstLine: number, lastLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let line = firstLine; line <= lastLine; line++) {
    const text = lineText(doc, line);
    const m = KEY_LINE.exec(text);
    const start = lineStart(doc, line);
    if (m && !/^https?$/i.test(m[2]!)) {
      const valueStart = start + m[1]!.length + m[2]!.length + 1 + m[3]!.length;
      const entry: KeyLine = {
        line,
        key: m[2]!.trim(),
        value: { start: valueStart, end: start + text.trimEnd().length },
      };
      // A key seen again starts the next adopter even without a blank line between.
      if (current && !current.lines.some((l) => l.key === entry.key)) {
        current.lines.push(entry);
        current.last = line;
      } else {
        if (current) blocks.push(current);
        current = { lines: [entry], first: line, last: line };
      }
    } else if (current && text.trim() && /^\s/.test(text) && current.lines.length) {
      // An indented line continues the previous value.
      const last = current.lines[current.lines.length - 1]!;
      last.value = { start: last.value.start, end: start + text.trimEnd().length };
      current.last = line;
    } else {
      if (current) blocks.push(current);
      current = undefined;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

function valueOf(doc: AdoptersDocument, l: KeyLine): string {
  return doc.source.slice(l.value.start, l.value.end).replace(/\s+/g, ' ').trim();
}

type KeyStats = Map<string, { urls: number; images: number; handles: number; total: number; length: number }>;

function keyStats(doc: AdoptersDocument, blocks: Block[]): KeyStats {
  const stats: KeyStats = new Map();
  for (const b of blocks) {
    for (const l of b.lines) {
      const v = valueOf(doc, l);
      const s = stats.get(l.key) ?? { urls: 0, images: 0, handles: 0, total: 0, length: 0 };
      s.total++;
      s.length += v.length;
      if (/^https?:\/\/\S+$/i.test(v)) s.urls++;
      if (/\.(?:png|svg|jpe?g|gif|webp)(?:[?#]\S*)?$/i.test(v)) s.images++;
      if (/^@[\w-]+$/.test(v)) s.handles++;
      stats.set(l.key, s);
    }
  }
  return stats;
}

const fileStats = new WeakMap<AdoptersDocument, KeyStats>();

/** How each key's values look across every block of the file: one file keeps one format. */
function statsOfFile(doc: AdoptersDocument): KeyStats {
  let stats = fileStats.get(doc);
  if (!stats) {
    stats = keyStats(
      doc,
      blocksIn(doc, 1, lineCount(doc)).filter((b) => b.lines.length >= 2),
    );
    fileStats.set(doc, stats);
  }
  return stats;
}

/** Which key holds which field, from what the values look like across the blocks. */
function fieldKeys(doc: AdoptersDocument, blocks: Block[]): Map<string, FieldKind> | undefined {
  const firsts = new Map<string, number>();
  for (const b of blocks) firsts.set(b.lines[0]!.key, (firsts.get(b.lines[0]!.key) ?? 0) + 1);
  const [nameKey, count] = [...firsts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count * 5 < blocks.length * 3) return undefined;
  const stats = keyStats(doc, blocks);
  const keys = new Map<string, FieldKind>([[nameKey, 'name']]);
  const best = (score: (k: string) => number): string | undefined =>
    [...stats.keys()].filter((k) => !keys.has(k) && score(k) > 0).sort((a, b) => score(b) - score(a))[0];
  // Two keys that look alike here (a link and a contact, each given once as a URL) are told apart by
  // what they hold in the rest of the file.
  const whole = statsOfFile(doc);
  const share = (k: string, f: 'urls' | 'images' | 'handles') => stats.get(k)![f] / stats.get(k)!.total;
  const mostly = (k: string, f: 'urls' | 'images' | 'handles') => {
    const there = whole.get(k);
    return share(k, f) > 0.5 ? share(k, f) + (there ? there[f] / there.total / 100 : 0) : 0;
  };
  const logo = best((k) => mostly(k, 'images'));
  if (logo) keys.set(logo, 'logo');
  const url = best((k) => mostly(k, 'urls'));
  if (url) keys.set(url, 'url');
  const contact = best((k) => (share(k, 'handles') > 0.5 ? 1 : 0));
  if (contact) keys.set(contact, 'contact');
  const description = best((k) => {
    const s = stats.get(k)!;
    return s.urls === 0 && s.length / s.total >= 15 ? s.length / s.total : 0;
  });
  if (description) keys.set(description, 'description');
  return keys;
}

function toEntry(doc: AdoptersDocument, block: Block, keys: Map<string, FieldKind>, context: 'code' | 'text'): Entry {
  const spans: FieldSpan[] = [];
  const values: Partial<Record<FieldKind, string>> = {};
  for (const l of block.lines) {
    const field = keys.get(l.key);
    if (!field) continue;
    values[field] = valueOf(doc, l);
    // Without a value the whole line goes, with the line break before it.
    const remove = [{ start: previousLineEnd(doc, lineStart(doc, l.line)), end: l.value.end }];
    spans.push({
      field,
      ...l.value,
      context: field === 'url' && context === 'text' ? 'bare-url' : context,
      remove: field === 'name' ? undefined : remove,
    });
  }
  const shape = `kv|${block.lines.map((l) => l.key).join('|')}`;
  return makeEntry(doc, {
    start: lineStart(doc, block.first),
    end: block.lines[block.lines.length - 1]!.value.end,
    name: values.name ?? '',
    url: values.url,
    description: values.description,
    logo: values.logo,
    contact: values.contact,
    spans,
    shape,
    wellFormed: Boolean(values.name),
    nameLike: Boolean(values.name) && values.name!.length <= 100,
  });
}

/** The key/value entries written between two lines (a code block's or a paragraph's), if that is what they are. */
export function readKeyValueEntries(
  doc: AdoptersDocument,
  firstLine: number,
  lastLine: number,
  context: 'code' | 'text',
): Entry[] {
  const all = blocksIn(doc, firstLine, lastLine);
  // The keys are learnt from blocks of two lines or more: one `Key: value` line alone may be any prose.
  const blocks = all.filter((b) => b.lines.length >= 2);
  if (blocks.length < 2) return [];
  const keys = fieldKeys(doc, blocks);
  if (!keys) return [];
  // Then an adopter that gave only its name (`* N: Acme` alone) is one of them too.
  const named = all.filter((b) => b.lines.length >= 2 || keys.get(b.lines[0]!.key) === 'name');
  return named.map((b) => toEntry(doc, b, keys, context));
}
