import type { List, ListItem, RootContent } from 'mdast';
import { type AdoptersDocument, lineOf, lineStart, lineText, startOf } from '../document.js';
import { escapeInline, linkDestination, markdownLink } from '../escape.js';
import { displayText } from '../inline.js';
import type { Container, Entry } from '../model.js';
import type { NewEntry, Rendered } from './types.js';

export const DESCRIPTION_LABEL = /^(?:description|application|usage|use[- ]?cases?|how|about|summary|details)$/i;
export const LINK_LABEL = /^(?:website|web ?site|url|home ?page|links?|site)$/i;

interface Field {
  label: string;
  /** `- *` … `*: ` around the label, as the template writes it. */
  before: string;
  after: string;
  item: ListItem;
}

function fieldsOf(doc: AdoptersDocument, blocks: RootContent[]): { fields: Field[]; list?: List } {
  const list = blocks.find((b): b is List => b.type === 'list');
  const fields: Field[] = [];
  for (const item of list?.children ?? []) {
    const p = item.children[0];
    const label = p?.type === 'paragraph' ? p.children[0] : undefined;
    if (!p || p.type !== 'paragraph' || !label || (label.type !== 'strong' && label.type !== 'emphasis')) continue;
    const text = displayText(label).replace(/:\s*$/, '').trim();
    const raw = lineText(doc, lineOf(doc, startOf(item)));
    const at = raw.indexOf(text);
    const afterLabel = /^[^\s\p{L}\p{N}]*:?\s?/u.exec(raw.slice(at + text.length))?.[0] ?? ': ';
    fields.push({
      label: text,
      before: raw.slice(0, at),
      after: afterLabel.endsWith(' ') ? afterLabel : `${afterLabel} `,
      item,
    });
  }
  return { fields, list };
}

/**
 * etcd's `## Name` + field list, tinkerbell's `### Name` + `- **Description**: …`: a heading in the
 * template's level, then the template's fields that the submission can fill (a description field, a link
 * field — nested the way the template nests its links — or a Website field in the same label style).
 */
export function renderHeadingEntry(
  doc: AdoptersDocument,
  container: Container,
  template: Entry,
  entry: NewEntry,
): Rendered {
  if (template.source.kind !== 'heading') throw new Error('not a heading entry');
  const depth = container.headingDepth ?? template.source.heading.depth;
  const hashes = '#'.repeat(depth);
  const sectionBlocks = blocksUnder(doc, template);
  const { fields } = fieldsOf(doc, sectionBlocks);
  const warnings: string[] = [];
  const body: string[] = [];
  if (!fields.length) {
    const lines = [`${hashes} ${markdownLink(entry.name, entry.url)}`];
    if (entry.description) lines.push('', escapeInline(entry.description));
    return { text: lines.join(doc.eol), lines: lines.length, warnings };
  }
  const descriptionField = fields.find((f) => DESCRIPTION_LABEL.test(f.label));
  const linkField = fields.find((f) => LINK_LABEL.test(f.label));
  if (entry.description && descriptionField) {
    body.push(
      `${descriptionField.before}${descriptionField.label}${descriptionField.after}${escapeInline(entry.description)}`,
    );
  } else if (entry.description) {
    const f = fields[0]!;
    body.push(`${f.before}Description${f.after}${escapeInline(entry.description)}`);
  }
  const nested = linkField?.item.children.find((c): c is List => c.type === 'list');
  if (linkField && nested?.children[0]) {
    const sub = nested.children[0];
    const subLine = doc.source.slice(lineStart(doc, lineOf(doc, startOf(sub))), startOf(sub.children[0] ?? sub));
    body.push(
      `${linkField.before}${linkField.label}${linkField.after.trimEnd()}`,
      `${subLine}[Website](${linkDestination(entry.url)})`,
    );
  } else {
    const f = linkField ?? fields[0]!;
    body.push(`${f.before}${linkField ? f.label : 'Website'}${f.after}${linkDestination(entry.url)}`);
  }
  const lines = [`${hashes} ${escapeInline(entry.name)}`, '', ...body];
  return { text: lines.join(doc.eol), lines: lines.length, warnings };
}

function blocksUnder(doc: AdoptersDocument, template: Entry): RootContent[] {
  if (template.source.kind !== 'heading') return [];
  const heading = template.source.heading;
  const siblings = doc.tree.children;
  const at = siblings.indexOf(heading);
  const blocks: RootContent[] = [];
  for (let i = at + 1; i < siblings.length; i++) {
    const node = siblings[i]!;
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    blocks.push(node);
  }
  return blocks;
}
