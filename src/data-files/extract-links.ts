import type { LinkOccurrence } from '../links/types.js';
import { listedItems } from './listed-items.js';
import { type DataFormat, lineAt } from './model.js';
import { parseData } from './parse-data.js';
import { inferKeys } from './roles.js';
import type { DataOptions } from './select-sequence.js';

/**
 * Every web address of a data file's adopters, with the line of its value and the adopter it belongs to:
 * the website key's values as written (a `www.` address without a scheme is reported as malformed), and
 * any other value that is an http(s) URL (logos, case studies). Site-relative paths (`logos/x.png`,
 * `/blog/…`) are resolved by the website's build, not against the repository, so they are not checked.
 */
export function extractDataLinks(source: string, format: DataFormat, options: DataOptions = {}): LinkOccurrence[] {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  const doc = parsed.doc;
  const out: LinkOccurrence[] = [];
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    for (const { name, item } of listedItems(sequence.items, keys)) {
      for (const pair of item.pairs ?? []) {
        if (typeof pair.value !== 'string' || !pair.value.trim()) continue;
        const url = pair.value.trim();
        const web = /^https?:\/\//i.test(url);
        if (!web && !(pair.key === keys.url && /^(?:www\.|[a-z][a-z0-9+.-]*:)/i.test(url))) continue;
        out.push({
          url,
          line: lineAt(doc, pair.valueStart),
          entry: name || null,
          kind: pair.key === keys.logo ? 'image' : 'literal',
        });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
