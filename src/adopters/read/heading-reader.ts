import type { RootContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import type { Entry } from '../model.js';
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
  const kids = heading.children;
  const contentEnd = kids.length ? endOf(kids[kids.length - 1]!) : endOf(heading);
  const fields = readInlineFields(doc, kids, { end: contentEnd, context: 'text', whole: true });
  const body = readBodyFields(doc, blocksOf(section), endOf(heading));
  const spans = [...(fields?.spans ?? [])];
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
    shape: `${marker || 'setext'} ${fields?.shape ?? '?'}${body.url && !linked ? ' +U' : ''}`,
    wellFormed: Boolean(fields) && !fields?.malformed,
    nameLike: fields?.nameLike ?? false,
  });
  // The titles of its own subsections (`#### Challenge`, `#### Solution`) label an entry's story too.
  const titles = section.subsections.map((s) => (s.title ?? '').toLowerCase()).filter(Boolean);
  return { ...entry, labels: [...body.labels, ...titles] };
}
