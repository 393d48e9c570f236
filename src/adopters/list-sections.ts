import { parseDocument } from './document.js';
import { findContainers } from './find-containers.js';
import { normalizeSectionName } from './sections.js';

/**
 * How a file groups its adopters, as the insertion engine sees it: by the headings its lists sit under
 * (two or more), by the values of a Type column, or not at all. The options are spelled as in the file,
 * so a form offering them needs no mapping.
 */
export type FileSections =
  { kind: 'none' } | { kind: 'headings'; options: string[] } | { kind: 'types'; options: string[]; column: string };

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = normalizeSectionName(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function listSections(source: string): FileSections {
  const containers = findContainers(parseDocument(source));
  // A Type column wins over headings: its values are what `--section` matches first in such a file.
  const grouped = containers.filter((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group));
  if (grouped.length) {
    const table = grouped.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
    const options = unique(table.entries.map((e) => e.group ?? ''));
    const { columns } = table.table!;
    return { kind: 'types', options, column: columns.headers[columns.group] ?? 'Type' };
  }
  // A lone entry under a heading is weak evidence of a section (a logo line under the title).
  const titles = unique(containers.filter((c) => c.entries.length >= 2).map((c) => c.section ?? ''));
  return titles.length > 1 ? { kind: 'headings', options: titles } : { kind: 'none' };
}
