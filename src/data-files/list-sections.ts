import type { FileSections } from '../adopters/list-sections.js';
import type { DataFormat } from './model.js';
import { parseData } from './parse-data.js';
import { inferKeys } from './roles.js';
import { type DataOptions, selectSequence } from './select-sequence.js';

/**
 * How a data file groups its adopters, for the form's Adopter type options: several lists (a site's
 * `projects` and `companies`, named by their keys or titles), or the values of the items' group key.
 */
export function listDataSections(source: string, format: DataFormat, options: DataOptions = {}): FileSections {
  const parsed = parseData(source, format);
  if (!parsed.ok) return { kind: 'none' };
  const doc = parsed.doc;
  const lists = doc.sequences.filter((s) => inferKeys(s.items, options.keys).name);
  if (lists.length > 1 && options.path === undefined) {
    const names = lists.map((s) => s.title ?? s.path[s.path.length - 1]).filter((n): n is string => Boolean(n));
    if (new Set(names).size === lists.length) return { kind: 'headings', options: names };
  }
  const selection = selectSequence(doc, { path: options.path, keys: options.keys });
  if (!selection.ok || !selection.keys.group) return { kind: 'none' };
  const key = selection.keys.group;
  const values = selection.sequence.items
    .map((i) => (i.value && typeof i.value === 'object' ? (i.value as Record<string, unknown>)[key] : undefined))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return { kind: 'types', options: [...new Set(values)], column: key };
}
