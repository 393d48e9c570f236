import type { PhrasingContent, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import type { Entry, FieldSpan } from '../model.js';
import type { Section } from '../sections.js';
import { readBodyFields } from './body-fields.js';
import { makeEntry } from './entry.js';
import { readInlineFields } from './inline-fields.js';

/** A section's blocks with its subsections' headings and blocks, in document order. */
export function blocksOf(section: Section): RootContent[] {
  return [...section.blocks, ...section.subsections.flatMap((s) => [s.heading!, ...blocksOf(s)])];
}

/** One heading per adopter: the heading names it, the lines under it hold the website and the description. */
export function readHeadingEntry(doc: AdoptersDocument, section: Section): Entry & { labels: string[] } {
  const heading = section.heading!;
  const { kids, ordinal } = withoutOrdinal(heading.children);
  const contentEnd = kids.length ? endOf(kids[kids.length - 1]!) : endOf(heading);
  const fields = readInlineFields(doc, kids, { end: contentEnd, context: 'text', whole: true });
  const body = readBodyFields(doc, blocksOf(section), endOf(heading), fields?.name);
  const spans = [...(ordinal ? [ordinal] : []), ...(fields?.spans ?? [])];
  const linked = Boolean(fields?.url);
  for (const span of body.spans) {
    if ((span.field === 'url' || span.field === 'url-text') && linked) continue;
    spans.push(span);
  }
  const marker = doc.source.slice(startOf(heading), kids[0] ? startOf(kids[0]) : endOf(heading)).trim();
  const entry = makeEntry(doc, {
    start: startOf(heading),
    end: section.end,
    name: fields?.name ?? section.title ?? '',
    url: fields?.url ?? body.url,
    description: body.description,
    logo: fields?.logo,
    contact: body.contact,
    spans,
    shape: `${marker || 'setext'} ${ordinal ? 'n. ' : ''}${fields?.shape ?? '?'}${body.url && !linked ? ' +U' : ''}`,
    wellFormed: Boolean(fields) && !fields?.malformed,
    nameLike: fields?.nameLike ?? false,
  });
  // The titles of its own subsections (`#### Challenge`, `#### Solution`) label an entry's story too.
  const titles = section.subsections.map((s) => (s.title ?? '').toLowerCase()).filter(Boolean);
  return { ...entry, labels: [...body.labels, ...titles] };
}

/**
 * A heading that numbers its adopter (`## 3. Acme`, `## 12.Acme`): the number is the entry's ordinal, as
 * in an ordered list, and the name starts after it.
 */
function withoutOrdinal(children: PhrasingContent[]): { kids: PhrasingContent[]; ordinal?: FieldSpan } {
  const text = children[0]?.type === 'text' ? children[0] : undefined;
  const number = text ? /^(\d{1,4})[.)、]\s*/.exec(text.value) : null;
  // A heading that is only a number names nothing after it: it is not numbered, it is the name.
  if (!text || !number || (number[0].length === text.value.length && children.length === 1)) return { kids: children };
  const start = startOf(text);
  const ordinal: FieldSpan = { field: 'ordinal', start, end: start + number[1]!.length, context: 'text' };
  const rest = text.value.slice(number[0].length);
  const kept: PhrasingContent[] = rest
    ? [
        {
          ...text,
          value: rest,
          position: { start: { ...text.position!.start, offset: start + number[0].length }, end: text.position!.end },
        },
      ]
    : [];
  return { kids: [...kept, ...children.slice(1)], ordinal };
}
