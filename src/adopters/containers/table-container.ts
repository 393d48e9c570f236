import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import { displayText, readNamePart } from '../inline.js';
import type { Container, Entry, TableColumns } from '../model.js';
import { describes, isCatchAll, namePartShape } from '../entry-traits.js';

const NAME_HEADERS: [RegExp, number][] = [
  [/\b(?:organi[sz]ations?|compan(?:y|ies)|adopters?|users?|customers?|members?)\b/i, 3],
  [/^\s*(?:name|who)\s*$/i, 3],
  [/\bname\b/i, 2],
  [/\b(?:project|product)s?\b/i, 1],
];
const URL_HEADER = /\b(?:website|web ?site|url|home ?page|site|links?|more info(?:rmation)?)\b/i;
const DESCRIPTION_HEADERS = [
  /\b(?:description|use[- ]?cases?|usage|how\b.*\buse|success stor(?:y|ies)|stor(?:y|ies))\b|^\s*uses?\s*$/i,
  /\b(?:details|about|comments?|notes?|purpose)\b/i,
];
const CONTACT_HEADER = /\b(?:contacts?|github|maintainers?|handles?)\b/i;
const LOGO_HEADER = /\blogos?\b/i;
const GROUP_HEADER = /^\s*(?:adopter\s+)?(?:type|category|kind|segment|classification)s?\s*$/i;

export function cellText(cell: TableCell | undefined): string {
  return cell ? displayText(cell).trim() : '';
}

function pick(headers: string[], re: RegExp, taken: number[]): number {
  return headers.findIndex((h, i) => re.test(h) && !taken.includes(i));
}

/** Which column holds what, read from the header row (and, for the name, from where the links are). */
export function readColumns(table: Table): TableColumns {
  const headers = (table.children[0]?.children ?? []).map((c) => cellText(c));
  let name = -1;
  let best = 0;
  headers.forEach((h, i) => {
    const score = NAME_HEADERS.find(([re]) => re.test(h))?.[1] ?? 0;
    if (score > best) [name, best] = [i, score];
  });
  if (name < 0) {
    const rows = table.children.slice(1);
    name = headers.findIndex((_h, i) =>
      rows.some((r) => r.children[i]?.children.some((c: PhrasingContent) => c.type === 'link')),
    );
    if (name < 0) name = 0;
  }
  const group = pick(headers, GROUP_HEADER, [name]);
  const contact = pick(headers, CONTACT_HEADER, [name, group]);
  const logo = pick(headers, LOGO_HEADER, [name, group, contact]);
  const url = pick(headers, URL_HEADER, [name, group, contact, logo]);
  let description = -1;
  for (const re of DESCRIPTION_HEADERS) {
    if (description < 0) description = pick(headers, re, [name, group, contact, logo, url]);
  }
  return { name, url, description, contact, logo, group, count: headers.length, headers };
}

export function readTableContainer(doc: AdoptersDocument, table: Table, section: string | null): Container | undefined {
  const columns = readColumns(table);
  const rows = table.children.slice(1);
  if (!rows.length) return undefined;
  return {
    kind: 'table',
    entries: rows.map((row) => readRow(doc, row, columns)),
    start: startOf(table),
    end: endOf(table),
    section,
    loose: false,
    table,
    columns,
  };
}

function urlInCell(cell: TableCell | undefined): string | undefined {
  if (!cell) return undefined;
  for (const n of cell.children) if (n.type === 'link') return n.url;
  const bare = /https?:\/\/\S+/.exec(displayText(cell));
  return bare?.[0];
}

function readRow(doc: AdoptersDocument, row: TableRow, columns: TableColumns): Entry {
  const cell = row.children[columns.name];
  const part = cell ? readNamePart(doc, cell.children) : undefined;
  const name = (part?.linked ? part.name : cellText(cell)) || cellText(row.children[0]);
  const raw = doc.source.slice(startOf(row), endOf(row)).trim();
  const pipes = `${raw.startsWith('|') ? '|' : ''}${raw.endsWith('|') && !raw.endsWith('\\|') ? '|' : ''}`;
  const description = columns.description >= 0 ? cellText(row.children[columns.description]) : '';
  const group = columns.group >= 0 ? cellText(row.children[columns.group]) : undefined;
  return {
    start: lineStart(doc, lineOf(doc, startOf(row))),
    end: endOf(row),
    startLine: lineOf(doc, startOf(row)),
    endLine: lineOf(doc, endOf(row)),
    name,
    url: part?.linked ? part.url : urlInCell(row.children[columns.url]),
    hasDescription: describes(description),
    catchAll: isCatchAll(name),
    group: group || undefined,
    shape: `table|${pipes}|${namePartShape(part)}`,
    wellFormed: row.children.length === columns.count && !part?.malformed,
    source: { kind: 'table-row', row, part, nameColumn: columns.name },
  };
}
