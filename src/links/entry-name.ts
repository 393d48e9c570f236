import type { Nodes, Paragraph, Parents, PhrasingContent, Table, TableRow } from 'mdast';
import { attributeValue } from './html-attributes.js';

/**
 * Which adopter entry a link belongs to, told from its ancestors: the name cell of its table row,
 * the lead name of its list item, or the bold/linked name that opens its paragraph. A best effort
 * for the report ("Acme: link broken"), not the insertion engine's container detection.
 */

const NAME_HEADER = /^(name|organi[sz]ation|company|adopter|user|project|end[- ]?user|who)s?\b/i;
const MAX_NAME = 100;

export function entryNameOf(ancestors: readonly Parents[]): string | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (node.type === 'tableRow') return rowName(node, ancestors[i - 1]);
    if (node.type === 'listItem') {
      const first = node.children[0];
      return first?.type === 'paragraph' ? leadName(first, true) : null;
    }
    if (node.type === 'heading') return clean(textOf(node));
    if (node.type === 'paragraph' && ancestors[i - 1]?.type !== 'listItem') return leadName(node, false);
  }
  return null;
}

function rowName(row: TableRow, parent: Parents | undefined): string | null {
  if (parent?.type !== 'table') return null;
  const table: Table = parent;
  const header = table.children[0];
  if (header === row) return null;
  const column = header ? header.children.findIndex((cell) => NAME_HEADER.test(textOf(cell).trim())) : -1;
  const cell = row.children[Math.max(0, column)];
  if (!cell) return null;
  return clean(textOf(cell)) ?? clean(altOf(cell));
}

/** `**[Name](url)** - …`, `[Name](url) …`, `**_Name_** …`, or (list items only) plain `Name - …`. */
function leadName(paragraph: Paragraph, plainAllowed: boolean): string | null {
  const first = paragraph.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (!first) return null;
  if (isNameNode(first)) return clean(textOf(first)) ?? clean(altOf(first));
  if (first.type === 'text' && plainAllowed) return clean(first.value.split(/\s+[-–—:|]\s|[(:,]/, 1)[0] ?? '');
  return null;
}

function isNameNode(node: PhrasingContent): boolean {
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'strong') return true;
  // `*Application*: …` (etcd) is a field label; `_**Name**_` is a name.
  if (node.type === 'emphasis') return node.children.some((c) => c.type !== 'text' && isNameNode(c));
  return false;
}

export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function altOf(node: Nodes): string {
  if (node.type === 'html') return attributeValue(node.value.replace(/^<\w+/, ''), 'alt') ?? '';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(altOf).find((a) => a !== '') ?? '';
  return '';
}

export function clean(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '') return null;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}
