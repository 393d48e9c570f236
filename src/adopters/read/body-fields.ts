import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, previousLineEnd, startOf } from '../document.js';
import { displayText, isGenericLinkText, isUrlText, urlTextForm } from '../inline.js';
import type { FieldSpan, Range } from '../model.js';
import { insideWrappers, sortSpans, textWithin } from './inline-spans.js';
import { linkParts } from './link-parts.js';
import { paragraphLines } from './paragraph-lines.js';
import { openingNameLink } from './story-link.js';

/** Values found in the body of a heading entry (`### Acme` followed by its lines). */
export interface BodyFields {
  spans: FieldSpan[];
  url?: string;
  description?: string;
  contact?: string;
  /** The labels of the body's `Label: value` lines, lower-cased: entries that share them look alike. */
  labels: string[];
}

const URL_LABEL = /^(?:website|web ?site|url|home ?page|site|links?|web|homepage)$/i;
const DESCRIPTION_LABEL =
  /^(?:desc(?:ription)?|use[- ]?cases?|usage|application|how\b.*|summary|details|about|what\b.*|purpose|story|solution|overview)$/i;
const CONTACT_LABEL = /^(?:contacts?|github|maintainers?|owners?|e-?mail|slack)$/i;

/** A label that names one of an adopter's fields (its site, what it does, who to ask). */
export const isFieldLabel = (label: string) =>
  URL_LABEL.test(label) || DESCRIPTION_LABEL.test(label) || CONTACT_LABEL.test(label);

interface Labelled {
  label: string;
  /** Where the value starts and ends in the source. */
  value: Range;
  nodes: PhrasingContent[];
}

/**
 * `Label: value`, `**Label**: value`, `*Label:* value`, `Uses [x](…): yes` at the start of a paragraph:
 * a short label before the first colon outside links.
 */
function labelled(doc: AdoptersDocument, paragraph: Paragraph): Labelled | undefined {
  const kids = paragraph.children;
  let label = '';
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    const text = displayText(node);
    const colon = node.type === 'text' ? text.indexOf(':') : -1;
    const inside = node.type === 'strong' || node.type === 'emphasis' ? /:\s*$/.exec(text) : null;
    if (colon < 0 && !inside) {
      if (/[\n.!?]/.test(text)) return undefined;
      label += text;
      if (label.length > 40) return undefined;
      continue;
    }
    const before = inside ? text.replace(/:\s*$/, '') : text.slice(0, colon);
    const full = (label + before).trim();
    if (!full || full.split(/\s+/).length > 5 || /[\n.!?]/.test(before)) return undefined;
    // The value starts after the colon (inside a text node: at the same offset in the source).
    const after = inside ? endOf(node) : startOf(node) + doc.source.slice(startOf(node), endOf(node)).indexOf(':') + 1;
    const spaces = /^:?[ \t]*/.exec(doc.source.slice(after, endOf(paragraph)))![0];
    return { label: full, value: { start: after + spaces.length, end: endOf(paragraph) }, nodes: kids };
  }
  return undefined;
}

function siteSpans(
  doc: AdoptersDocument,
  nodes: PhrasingContent[],
  remove: Range[],
): { spans: FieldSpan[]; url: string } | undefined {
  for (const n of nodes) {
    // A site is a web address: an e-mail address (`jane@acme.com`, linked as `mailto:`) is a person's.
    if (n.type !== 'link' || !/^https?:\/\//i.test(n.url)) continue;
    const parts = linkParts(doc, n);
    if (!parts.destination) continue;
    const text = displayText(n).trim();
    const spans: FieldSpan[] = [{ field: 'url', ...parts.destination, remove }];
    if (parts.kind === 'inline' && isUrlText(text, n.url))
      spans.push({ field: 'url-text', ...parts.text, context: 'link-text', derive: urlTextForm(text, n.url) });
    else if (parts.kind === 'inline' && !isGenericLinkText(text) && text !== n.url) continue;
    return { spans, url: n.url };
  }
  return undefined;
}

function lineRemoval(doc: AdoptersDocument, start: number, end: number): Range {
  return { start: previousLineEnd(doc, lineStart(doc, lineOf(doc, start))), end };
}

/**
 * Reads the lines under an adopter's heading: a lone link is the website, `Website: …` / `Use case: …`
 * lines are labelled values, and the first free paragraph is the description.
 */
export function readBodyFields(
  doc: AdoptersDocument,
  blocks: RootContent[],
  headingEnd: number,
  /** The name the heading gives, which the story may open with as a link. */
  name?: string,
): BodyFields {
  const out: BodyFields = { spans: [], labels: [] };
  // A labelled description (`**Desc:** …`) is the description, even below a paragraph of other words.
  const labelledDescription = blocks.some((b) => {
    const field = b.type === 'paragraph' ? labelled(doc, b) : undefined;
    return field !== undefined && DESCRIPTION_LABEL.test(field.label);
  });
  let previousEnd = headingEnd;
  const take = (field: 'description', range: Range, nodes: PhrasingContent[], remove: Range[]) => {
    out.spans.push({ field, ...range, context: 'text', remove });
    out.description = textWithin(doc, nodes, range);
  };
  for (const block of blocks) {
    // The block goes with the blank lines before it, so the entry keeps its rhythm without it.
    const removeBlock = { start: previousEnd, end: endOf(block) };
    const lines = block.type === 'paragraph' ? paragraphLines(doc, block) : [];
    if (lines.length > 1 && lines.filter((l) => labelled(doc, l)).length * 2 > lines.length) {
      // Labelled lines kept together in one paragraph: each line is a field, taken out on its own.
      for (const line of lines) {
        const field = labelled(doc, line);
        if (field) readLabelled(doc, field, [lineRemoval(doc, startOf(line), endOf(line))], out, take);
      }
    } else if (block.type === 'paragraph') {
      const kids = block.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
      const lone = kids.length === 1 && kids[0]!.type === 'link' ? kids[0] : undefined;
      const field = labelled(doc, block);
      if (lone && !out.url) {
        // A lone link to the site, or one on the heading's name (a story with its words left out).
        const site = siteSpans(doc, [lone], [removeBlock]) ?? (name ? openingNameLink(doc, block, name) : undefined);
        if (site) {
          out.url = site.url;
          out.spans.push(...site.spans);
        }
      } else if (field) {
        readLabelled(doc, field, [removeBlock], out, take);
      } else if (!out.description && !labelledDescription && /\p{L}{2}/u.test(displayText(block))) {
        const opening = !out.url && name ? openingNameLink(doc, block, name) : undefined;
        if (opening && opening.rest.end > opening.rest.start) {
          // `[Acme](https://acme.com) uses it to …`: the story names its adopter with a link to its site.
          out.url = opening.url;
          out.spans.push(...opening.spans);
          // Without a description the link stays, on its own line under the heading.
          take('description', opening.rest, block.children, [{ start: opening.linkEnd, end: endOf(block) }]);
        } else {
          // `*What Acme does with it.*`: the emphasis or quotes around the words are the file's.
          const inner = insideWrappers(doc, block.children, { start: startOf(block), end: endOf(block) });
          take('description', inner.range, inner.kids, [removeBlock]);
        }
      }
    } else if (block.type === 'list') {
      readLabelledList(doc, block, out, take);
    }
    previousEnd = endOf(block);
  }
  out.spans = sortSpans(out.spans);
  return out;
}

function readLabelled(
  doc: AdoptersDocument,
  field: Labelled,
  remove: Range[],
  out: BodyFields,
  take: (field: 'description', range: Range, nodes: PhrasingContent[], remove: Range[]) => void,
): void {
  out.labels.push(field.label.toLowerCase());
  const valueNodes = field.nodes.filter((n) => endOf(n) > field.value.start);
  if (
    URL_LABEL.test(field.label) ||
    (!out.url && !DESCRIPTION_LABEL.test(field.label) && !CONTACT_LABEL.test(field.label))
  ) {
    const site = siteSpans(doc, valueNodes, remove);
    if (site && !out.url) {
      out.url = site.url;
      out.spans.push(...site.spans);
      return;
    }
    const bare = doc.source.slice(field.value.start, field.value.end).trim();
    if (!out.url && URL_LABEL.test(field.label) && /^https?:\/\/\S+$/.test(bare)) {
      out.url = bare;
      out.spans.push({
        field: 'url',
        start: field.value.start,
        end: field.value.start + bare.length,
        context: 'bare-url',
        remove,
      });
      return;
    }
  }
  if (DESCRIPTION_LABEL.test(field.label) && !out.description && field.value.end > field.value.start) {
    take('description', field.value, valueNodes, remove);
  } else if (CONTACT_LABEL.test(field.label) && !out.contact) {
    const text = doc.source.slice(field.value.start, field.value.end).trim();
    const m = /^@([\w-]+)$/.exec(text);
    if (m) {
      out.contact = m[1];
      out.spans.push({
        field: 'contact',
        start: field.value.start + 1,
        end: field.value.start + text.length,
        context: 'text',
        remove,
      });
    }
  }
}

/** `- **Website**: …` items; a label whose value sits in a nested list (`- **Links**:` then `  - [Website](…)`). */
function readLabelledList(
  doc: AdoptersDocument,
  list: List,
  out: BodyFields,
  take: (field: 'description', range: Range, nodes: PhrasingContent[], remove: Range[]) => void,
): void {
  for (const item of list.children) {
    const p = item.children[0];
    if (p?.type !== 'paragraph') continue;
    const field = labelled(doc, p);
    if (!field) continue;
    const remove = [lineRemoval(doc, startOf(item), endOf(item))];
    const nested = item.children.find((c): c is List => c.type === 'list');
    if (field.value.end <= field.value.start && nested) {
      out.labels.push(field.label.toLowerCase());
      if (!out.url && (URL_LABEL.test(field.label) || !CONTACT_LABEL.test(field.label))) {
        for (const sub of nested.children) {
          const sp = sub.children[0];
          const site = sp?.type === 'paragraph' ? siteSpans(doc, sp.children, remove) : undefined;
          if (site) {
            out.url = site.url;
            out.spans.push(...site.spans);
            break;
          }
        }
      }
      continue;
    }
    readLabelled(doc, field, remove, out, take);
  }
}
