import type { RootContent } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, lineText, startOf } from '../document.js';
import { isNameLike } from '../entry-traits.js';
import type { Entry, FieldKind, FieldSpan, SpanContext } from '../model.js';
import { makeEntry } from './entry.js';

/**
 * Adopters written one template tag per line, as static-site generators list them: a Hugo shortcode
 * (`{{< card name="Acme" href="https://acme.com" src="/logos/acme.png" >}}`, `{{% logo "/img/acme.png" "Acme"
 * "https://acme.com" %}}`), a Liquid include (`{% include adopter.html name="Acme" url="…" %}`) or an MDX
 * component (`<Adopter name="Acme" url="…" />`). A named parameter is read by its name; a positional one by
 * what its value looks like (an address, a picture, else the name, then the description).
 */

const TAG_FORMS: RegExp[] = [
  /^\{\{([<%])-?\s*([\w./-]+)(.*?)-?\s*[>%]\}\}$/d,
  /^\{%-?\s*(include|render)\s+([\w./-]+)(.*?)-?%\}$/d,
  /^<()([A-Z][\w.]*)(\s.*?)?\s*\/>$/d,
];

const PARAMETER = /(?:([A-Za-z_][\w-]*)\s*=\s*)?(?:"([^"\n]*)"|'([^'\n]*)')/g;

const KEYS: [FieldKind, RegExp][] = [
  ['name', /^(?:name|title|alt|label|company|org|organi[sz]ation)$/i],
  ['url', /^(?:href|url|link|website|site|homepage|web)$/i],
  ['logo', /^(?:src|logo|image|img|icon|logo_?url)$/i],
  ['description', /^(?:description|desc|summary|use_?case)$/i],
];

const PICTURE = /\.(?:png|jpe?g|gif|svg|webp|avif)(?:[?#].*)?$/i;

/** A parameter's field: by its name, or (unnamed) by its value and what the tag has shown so far. */
function fieldOf(key: string | undefined, value: string, seen: Set<FieldKind>): FieldKind | undefined {
  if (key !== undefined) return KEYS.find(([, pattern]) => pattern.test(key))?.[0];
  if (/^(?:https?:)?\/\//i.test(value) && !PICTURE.test(value)) return seen.has('url') ? undefined : 'url';
  if (PICTURE.test(value)) return seen.has('logo') ? undefined : 'logo';
  if (!seen.has('name')) return 'name';
  return seen.has('description') ? undefined : 'description';
}

interface TagLine {
  tag: string;
  entry: Entry;
}

function readTagLine(doc: AdoptersDocument, line: number): TagLine | undefined {
  const text = lineText(doc, line);
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  for (const form of TAG_FORMS) {
    const m = form.exec(trimmed);
    if (!m) continue;
    const params = m[3] ?? '';
    const base = lineStart(doc, line) + lead + (m.indices?.[3]?.[0] ?? 0);
    const values: Partial<Record<FieldKind, string>> = {};
    const spans: FieldSpan[] = [];
    const seen = new Set<FieldKind>();
    const shape: string[] = [];
    for (const p of params.matchAll(PARAMETER)) {
      const value = p[2] ?? p[3] ?? '';
      const field = fieldOf(p[1], value, seen);
      shape.push(`${p[1] ?? ''}=${field ?? '?'}`);
      if (!field || seen.has(field)) continue;
      seen.add(field);
      values[field] = value;
      const start = base + p.index + p[0].length - 1 - value.length;
      const context: SpanContext = p[2] !== undefined ? 'param-double' : 'param-single';
      spans.push({ field, start, end: start + value.length, context });
    }
    const name = values.name?.trim() ?? '';
    const entry = makeEntry(doc, {
      start: lineStart(doc, line) + lead,
      end: lineStart(doc, line) + text.trimEnd().length,
      name,
      url: values.url || undefined,
      logo: values.logo || undefined,
      description: values.description || undefined,
      spans,
      shape: `${m[1] ?? ''}${m[2]}(${shape.join(' ')})`,
      // A tag that shows only a picture and a link is written as the others are; it just names no one.
      wellFormed: Boolean(name || values.url || values.logo),
      nameLike: Boolean(name) && isNameLike(name, 'linked'),
    });
    return { tag: m[2]!, entry };
  }
  return undefined;
}

/** The tag lines of one block, when each of its lines is one tag of the same name. */
export function tagLinesOf(doc: AdoptersDocument, block: RootContent): { tag: string; entries: Entry[] } | undefined {
  if (block.type !== 'paragraph' && block.type !== 'html') return undefined;
  const read: TagLine[] = [];
  const last = lineOf(doc, Math.max(startOf(block), endOf(block) - 1));
  for (let line = lineOf(doc, startOf(block)); line <= last; line++) {
    const tag = readTagLine(doc, line);
    if (!tag || (read[0] && read[0].tag !== tag.tag)) return undefined;
    read.push(tag);
  }
  return read[0] ? { tag: read[0].tag, entries: read.map((t) => t.entry) } : undefined;
}

/**
 * The run of blocks from `index` whose lines are all tags of one name (blank lines between groups
 * allowed), when the tags link or show adopters: a page's single `{{< toc >}}` is no list.
 */
export function readTagRun(
  doc: AdoptersDocument,
  blocks: RootContent[],
  index: number,
): { entries: Entry[]; last: number } | undefined {
  const first = tagLinesOf(doc, blocks[index]!);
  if (!first) return undefined;
  const entries = [...first.entries];
  let last = index;
  for (let j = index + 1; j < blocks.length; j++) {
    const next = tagLinesOf(doc, blocks[j]!);
    if (next?.tag !== first.tag) break;
    entries.push(...next.entries);
    last = j;
  }
  return entries.length >= 2 && entries.some((e) => e.url || e.logo) ? { entries, last } : undefined;
}
