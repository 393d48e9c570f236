import type { ListItem } from 'mdast';
import { type AdoptersDocument, endOf } from '../document.js';
import { escapeInline, linkDestination, markdownLink } from '../escape.js';
import { displayText, isGenericLinkText, type NamePart } from '../inline.js';
import type { Container, Entry } from '../model.js';
import { itemPrefix } from '../containers/list-container.js';
import { separatorOf, tailAfterName } from '../entry-traits.js';
import type { NewEntry, Rendered } from './types.js';
import { detectWrap, wrapWords } from './wrap.js';

/** Renders a list item or a bold-name paragraph in the shape of `template`. */
export function renderLineEntry(
  doc: AdoptersDocument,
  container: Container,
  template: Entry,
  index: number,
  entry: NewEntry,
): Rendered {
  const source = template.source;
  if (source.kind !== 'list-item' && source.kind !== 'paragraph') throw new Error('not a line entry');
  const part = source.part;
  if (!part) throw new Error('template entry has no name part');
  const warnings: string[] = [];
  const prefix = source.kind === 'list-item' ? listPrefix(doc, container, source.item, index, warnings) : '';
  const name = renderName(part, entry, warnings);
  const paragraphEnd = source.kind === 'list-item' ? endOf(source.item.children[0]!) : endOf(source.paragraph);
  const trailingLink = !part.linked ? trailingSiteLink(doc, part, paragraphEnd, entry) : '';
  if (!part.linked && !trailingLink) warnings.push('entries here carry no link, so the website is not written');

  const separator = descriptionSeparator(doc, container);
  let description = '';
  if (entry.description && separator !== undefined) description = escapeInline(entry.description);
  else if (entry.description) warnings.push('entries here carry no description, so the description is left out');

  const head = `${part.open}${name}${part.close}`;
  const wrap = detectWrap(doc, container);
  const sep = description ? separator! : '';
  const eol = doc.eol;
  // A separator with a line break puts the description on its own line (velero) or paragraph (antrea).
  const breakAt = sep.indexOf('\n');
  const tail = [description, trailingLink].filter(Boolean).join(' ');
  let lines: string[];
  if (breakAt >= 0) {
    const firstLine = prefix + head + sep.slice(0, breakAt).replace(/\r$/, '');
    const gap = sep.slice(breakAt + 1).includes('\n') ? [''] : [];
    const indent = wrap?.indent ?? '';
    lines = [firstLine, ...gap, ...(wrap ? wrapWords(indent, tail.split(' '), wrap) : [indent + tail])];
  } else if (wrap) {
    lines = wrapWords(prefix, [head + sep.trimEnd(), ...tail.split(' ')].filter(Boolean), wrap);
  } else {
    lines = [prefix + head + (tail ? (sep || ' ') + tail : '')];
  }
  return { text: lines.join(eol), lines: lines.length, warnings };
}

function renderName(part: NamePart, entry: NewEntry, warnings: string[]): string {
  if (!part.linked) return escapeInline(entry.name);
  if (part.logo && entry.logo) {
    const tag = part.logo.tag
      .replace(/\bsrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, `src="${attribute(entry.logo)}"`)
      .replace(/\balt\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, `alt="${attribute(entry.name)}"`);
    return `[${tag}](${linkDestination(entry.url)})`;
  }
  if (entry.logo) warnings.push('entries here show no logo, so the logo is left out');
  return markdownLink(entry.name, entry.url, part.angleUrl);
}

export function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * kubescape's `Name: text [link](url)`: a plain name whose entry ends with a link. That last link is where
 * the website goes (its text kept when it is generic, like "link" or "website").
 */
function trailingSiteLink(doc: AdoptersDocument, part: NamePart, paragraphEnd: number, entry: NewEntry): string {
  const last = part.rest[part.rest.length - 1];
  if (!last || last.type !== 'link' || doc.source.slice(endOf(last), paragraphEnd).trim()) return '';
  const text = displayText(last).trim();
  return `[${isGenericLinkText(text) ? escapeInline(text) : 'link'}](${linkDestination(entry.url)})`;
}

/** The separator most described entries use between the name and the description; undefined when none. */
function descriptionSeparator(doc: AdoptersDocument, container: Container): string | undefined {
  const counts = new Map<string, number>();
  const described = container.entries.filter((e) => e.hasDescription && !e.catchAll);
  // One odd entry with text after its link (argo-cd's "by Guido…") does not make a description column.
  if (described.length * 5 < container.entries.length) return undefined;
  for (const e of described) {
    const part = e.source.kind === 'list-item' || e.source.kind === 'paragraph' ? e.source.part : undefined;
    if (!part) continue;
    const sep = separatorOf(tailAfterName(doc, part, e.end)).replace(/\r\n/g, '\n');
    counts.set(sep, (counts.get(sep) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best === undefined) return undefined;
  return best.includes('\n') ? best.replace(/\n/g, doc.eol) : best || ' ';
}

/** The marker of the item the new one copies; counted numbering gets the number of the slot it takes. */
function listPrefix(
  doc: AdoptersDocument,
  container: Container,
  templateItem: ListItem,
  index: number,
  warnings: string[],
): string {
  const prefix = itemPrefix(doc, templateItem);
  const numbers = container.entries.map((e) => {
    const m = /\d+/.exec(e.source.kind === 'list-item' ? itemPrefix(doc, e.source.item) : '');
    return m ? Number(m[0]) : undefined;
  });
  if (!/\d/.test(prefix) || numbers.every((n) => n === numbers[0])) return prefix;
  const at = numbers[index] ?? (numbers[numbers.length - 1] ?? 0) + 1;
  // Renumbering the entries below would change lines that are not ours; Markdown renders the numbers right.
  if (index < numbers.length)
    warnings.push(`the list is numbered by hand: the entries after the new one keep their numbers`);
  return prefix.replace(/\d+/, String(at));
}
