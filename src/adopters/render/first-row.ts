import type { AdoptersDocument } from '../document.js';
import { escapeFor, linkDestination, markdownLink } from '../escape.js';
import type { TableLayout } from '../model.js';
import type { EntryValues } from './substitute.js';

/**
 * The first row of a table that has only its header: no sibling to copy, so each value goes into the
 * column its header names — the name (linked when no column holds the website), the website as a bare
 * address, the description, the contact's handle — written and padded the way the header row is.
 * Columns the submission cannot fill stay empty.
 */
export function renderFirstRow(doc: AdoptersDocument, layout: TableLayout, values: EntryValues): string | undefined {
  const { columns } = layout;
  const header = doc.source.slice(layout.headStart, doc.source.indexOf('\n', layout.headStart)).replace(/\r$/, '');
  const cell = (text: string | undefined) => (text === undefined ? undefined : escapeFor(text, 'cell'));
  const contents: (string | undefined)[] = [];
  for (let i = 0; i < columns.count; i++) {
    if (i === columns.name)
      contents.push(values.url && columns.url < 0 ? markdownLink(values.name, values.url) : cell(values.name));
    else if (i === columns.url) contents.push(values.url ? linkDestination(values.url) : '');
    else if (i === columns.description) contents.push(cell(values.description) ?? '');
    else if (i === columns.contact) contents.push(values.contact ? `@${values.contact}` : '');
    else if (i === columns.group) contents.push(cell(values.group) ?? '');
    else contents.push('');
  }
  if (contents.some((c) => c === undefined)) return undefined;
  const trimmed = header.trim();
  const spaced = /\|\s\S/.test(trimmed) || /^[^|]*\s\|/.test(trimmed);
  const cells = contents.map((c) => (spaced ? (c ? ` ${c} ` : ' ') : c!));
  const lead = trimmed.startsWith('|') ? '|' : '';
  const trail = trimmed.endsWith('|') ? '|' : '';
  const indent = /^\s*/.exec(header)?.[0] ?? '';
  return `${indent}${lead}${cells.join('|')}${trail || (contents[contents.length - 1] ? '' : '|')}`;
}
