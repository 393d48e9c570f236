import type { List, ListItem, Paragraph } from 'mdast';
import { displayText } from './inline.js';

/** A group's label in a list item: a few words, no link, written as a label (`Africa:`, `**Finance**`). */
function labelOf(paragraph: Paragraph): string | undefined {
  const text = displayText(paragraph).trim();
  const kids = paragraph.children;
  if (!text || text.split(/\s+/).length > 6) return undefined;
  if (kids.some((k) => k.type === 'link' || k.type === 'linkReference' || k.type === 'image')) return undefined;
  const emphasized = kids.length === 1 && (kids[0]!.type === 'strong' || kids[0]!.type === 'emphasis');
  return text.endsWith(':') || emphasized ? text.replace(/:$/, '') : undefined;
}

/**
 * A list whose items are the labels of groups, each over a list of its own (`* Europe:` over `* UK:` over
 * the sites there): an outline, whose innermost lists hold the entries. The groups, with their labels,
 * where most of the list's items are such groups; undefined for a list of entries.
 */
export function outlineGroups(list: List): { label: string; item: ListItem }[] | undefined {
  const groups = list.children.flatMap((item) => {
    const [first, ...rest] = item.children;
    const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
    return label !== undefined && rest.some((b) => b.type === 'list') ? [{ label, item }] : [];
  });
  // One group alone is an outline too (`* North America:` over only `* USA:` over its sites).
  const outline = groups.length >= 2 || (groups.length === 1 && list.children.length === 1);
  return outline && groups.length * 3 >= list.children.length * 2 ? groups : undefined;
}
