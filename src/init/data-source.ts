import { parseDocument } from '../adopters/document.js';
import { findContainers } from '../adopters/find-containers.js';
import { insertAdopter } from '../adopters/insert-adopter.js';
import { listedItems } from '../data-files/listed-items.js';
import { parseData } from '../data-files/parse-data.js';
import { dataFormatOf } from '../data-files/format.js';
import { selectSequence } from '../data-files/select-sequence.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { validateEntry } from '../submission/validate-entry.js';

interface TextFile {
  path: string;
  text: string;
}

export interface DataSource {
  /** The data file the Markdown list is made from: the file a PR must edit. */
  path: string;
  why: 'generated' | 'mirrors';
}

function dataNames(file: TextFile): string[] | undefined {
  const format = dataFormatOf(file.path);
  const parsed = format && parseData(file.text, format);
  if (!parsed || !parsed.ok) return undefined;
  const selection = selectSequence(parsed.doc, {});
  if (!selection.ok) return undefined;
  return listedItems(selection.sequence.items, selection.keys)
    .map((l) => normalizeOrganizationName(l.name))
    .filter(Boolean);
}

/**
 * The data file a Markdown adopters file is built from, if any: the Markdown says its list is generated
 * (a generated region, a "do not edit" comment) and a data file of the repository holds a list (the one
 * it names by file name first), or its entries mirror a data file's items one for one (a docs page such as
 * `docs/adopters.md` and `adopters.yaml`). Then a PR must edit the data file, never the Markdown.
 */
export function findDataSource(markdown: TextFile, dataFiles: readonly TextFile[]): DataSource | undefined {
  const lists = dataFiles
    .map((file) => ({ file, names: dataNames(file) }))
    .filter((d): d is { file: TextFile; names: string[] } => d.names !== undefined && d.names.length > 0);
  if (!lists.length) return undefined;
  const made = validateEntry({ name: 'Zzz Init Probe', website: 'https://probe.example.org' });
  if (!made.ok) throw new Error('the probe entry is invalid');
  const probe = insertAdopter(markdown.text, made.entry);
  if (!probe.ok && probe.code === 'generated') {
    const named = lists.find((d) => markdown.text.includes(d.file.path.slice(d.file.path.lastIndexOf('/') + 1)));
    return { path: (named ?? lists[0]!).file.path, why: 'generated' };
  }
  const entries = findContainers(parseDocument(markdown.text))
    .flatMap((c) => c.entries)
    .map((e) => normalizeOrganizationName(e.name))
    .filter(Boolean);
  if (entries.length < 3) return undefined;
  for (const { file, names } of lists) {
    const set = new Set(names);
    const shared = entries.filter((n) => set.has(n)).length;
    if (shared >= 0.9 * entries.length && shared >= 0.9 * names.length) return { path: file.path, why: 'mirrors' };
  }
  return undefined;
}
