import type { AdoptersDocument } from '../document.js';
import { escapeFor } from '../escape.js';
import type { Container, Entry, FieldKind } from '../model.js';
import { carries, realEntries, showsAny } from '../carried-fields.js';
import { groupMembers } from '../default-group.js';
import { siteName } from '../read/site-link.js';
import { chooseTemplate, slotsFor } from './choose-template.js';
import { entriesEndWithRule, splitClosingRule } from './closing-rule.js';
import { ordinalFor } from './numbering.js';
import { droppedDetails, type EntryValues, substituteEntry, UnwritableValue } from './substitute.js';
import { renderTableRow } from './table-row.js';
import type { NewEntry } from './types.js';

export interface RenderedEntry {
  /** The entry's lines joined with the file's line ending, without a final one. */
  text: string;
  lines: number;
  /** The sibling whose shape was copied. */
  template: Entry;
  /** What the new entry shows, for the verifier to read back. */
  values: EntryValues;
  warnings: string[];
  /** The description was added as a paragraph of its own (no sibling had a place for it). */
  appended: boolean;
  /** The group cell copied from a row of the group, if any. */
  groupCell?: string;
}

export type RenderOutcome = RenderedEntry | { refused: string; field?: FieldKind };

export const LEFT_OUT: Partial<Record<FieldKind, string>> = {
  url: 'the entries here carry no links, so the website is not written',
  description: 'the entries here carry no description, so the description is not written',
  logo: 'the entries here show no logo, so the logo is not written',
  contact: 'the entries here name no contact, so the contact is not written',
};

/** The new entry's text: a copy of the nearest well-formed sibling with a place for each value given. */
export function renderEntry(
  doc: AdoptersDocument,
  container: Container,
  index: number,
  entry: NewEntry,
  group: string | undefined,
): RenderOutcome {
  const warnings: string[] = [];
  const values: EntryValues = { name: entry.name, group };
  let appendDescription = false;
  let linkedName: string | undefined;
  for (const field of ['url', 'description', 'logo', 'contact'] as const) {
    const value = entry[field];
    if (value === undefined) continue;
    if (carries(container, field)) values[field] = value;
    else if (field === 'description' && container.kind === 'headings') appendDescription = true;
    // One heading per adopter with no website line, where adopters' stories do hold a stray link: the
    // heading links to the site (set once the sibling is chosen, which must not be the stray one). A file
    // that links nothing keeps linking nothing.
    else if (field === 'url' && container.kind === 'headings' && showsAny(container, 'url')) linkedName = value;
    else warnings.push(LEFT_OUT[field]!);
  }
  const template = chooseTemplate(container, index, values);
  if (linkedName !== undefined) Object.assign(values, { url: linkedName, linkedName: true });
  if (!template) return { refused: 'no well-formed entry in this list to copy the style from' };
  // `<li>Uruguay: PorMiBarrio, launched 2014, run by <a …>DATA</a>`: words around the link are the
  // sibling's own, and in markup there is no telling which of them a new entry would need.
  if (!template.copyable && (container.kind === 'tag-lines' || container.kind === 'logos'))
    return {
      refused: `the entries here carry words of their own beside the link ("${doc.source.slice(template.start, template.end).trim()}"); add the entry by hand`,
    };
  // A wall where every adopter is a picture: a name in words would break it, so the logo is needed (a
  // wall that already shows some adopters by name takes one more).
  if (container.kind === 'logos' && values.logo === undefined && realEntries(container).every((e) => e.logo))
    return { refused: "each adopter here is shown as a logo: give the logo's URL", field: 'logo' };
  // A value is never dropped: where no sibling has a place for every value given (a lone odd entry
  // holds the only description), the entry is refused with what to leave out.
  const missing = (['description', 'logo', 'contact'] as const).filter(
    (f) => values[f] !== undefined && !slotsFor(template, values).includes(f),
  );
  if (missing.length)
    return {
      refused: `no entry here shows the ${missing.join(' and ')} alongside the other values given; add the entry without the ${missing.join(' and ')}, or by hand`,
    };
  // `* https://acme.com`: an entry written as its address alone shows no name but the one its address gives.
  const siteNamed =
    template.url !== undefined &&
    template.name === siteName(template.url) &&
    !template.spans.some((s) => s.field === 'name');
  const shown = siteNamed && values.url !== undefined ? siteName(values.url) : undefined;
  if (shown !== undefined && shown !== entry.name)
    return {
      refused: `each entry here is written as its address alone, and this one would show "${shown}", not the name given; give "${shown}" as the name, or add the entry by hand`,
      field: 'name',
    };
  const own = template.spans.find((s) => s.field === 'other');
  if (own)
    warnings.push(
      `the entries here carry a value the form does not ask for ("${doc.source.slice(own.start, own.end)}" in "${template.name}"); it is not copied: add the new entry's by hand`,
    );
  if (container.kind !== 'table') {
    const details = droppedDetails(doc.source, template, values);
    if (details.length)
      warnings.push(
        `the entries here carry details the form does not ask for (${details.map((d) => `"${d}"`).join(', ')} in "${template.name}"); they are not copied: add the new entry's by hand`,
      );
  }
  const numbering = ordinalFor(doc.source, container, index);
  if (numbering.warning) warnings.push(numbering.warning);
  values.ordinal = numbering.ordinal;
  const groupCell = group !== undefined ? groupCellOf(doc, container, group) : undefined;
  // What is written: the values, a description's closing period dropped inside markup where no sibling ends one.
  const written = { ...values, description: inFileStyle(doc.source, values.description, container, template) };
  let text: string;
  try {
    text =
      container.kind === 'table'
        ? renderTableRow(doc, container, template, written, groupCell)
        : substituteEntry(doc.source, template, written, doc.eol);
  } catch (error) {
    if (error instanceof UnwritableValue)
      return { refused: `the ${error.field} cannot be written in this file's entries as it is`, field: error.field };
    throw error;
  }
  // A trailing space the copied sibling happens to have is not the file's style unless most have one.
  if (/[ \t]$/.test(text) && !mostEndInSpace(doc.source, container)) text = text.trimEnd();
  // A rule the sibling ends with stays where most entries end with one, and goes after a description added here.
  const closing = splitClosingRule(text);
  text = closing.body;
  if (appendDescription && entry.description) {
    // One heading per adopter: a description is a paragraph under the heading.
    const paragraph = escapeFor(entry.description, 'text', true)!;
    text = `${text}${doc.eol}${doc.eol}${paragraph}`;
    values.description = entry.description;
  }
  if (closing.rule && entriesEndWithRule(doc.source, container)) text = `${text}${doc.eol}${doc.eol}${closing.rule}`;
  // A hard-wrapped file still gets a one-line description: people adding an entry write it that way,
  // and Markdown renders both alike.
  return {
    text,
    lines: text.split(/\r?\n/).length,
    template,
    values,
    warnings,
    appended: appendDescription,
    groupCell,
  };
}

/**
 * A one-sentence description without its closing period where it sits inside markup and the siblings'
 * descriptions end in none (`(Personal blog)`, `<a …>Cloudron - A platform for self-hosting web apps</a>`):
 * the file's style, which verify reads back as the description given. At the end of a line or a cell a
 * period is the writer's, as people adding themselves keep theirs.
 */
function inFileStyle(
  source: string,
  description: string | undefined,
  container: Container,
  template: Entry,
): string | undefined {
  if (description === undefined || !/[^.]\.$/.test(description) || /[.!?]\s/.test(description)) return description;
  const slot = template.spans.find((s) => s.field === 'description');
  // Closed by a parenthesis or an anchor right after it; a cell (`|`, `</td>`) or a line end is not markup.
  if (!slot || !/^(?:\)|<\/a>)/i.test(source.slice(slot.end, slot.end + 4))) return description;
  const described = realEntries(container).filter((e) => e.description);
  if (described.length < 2 || described.some((e) => /[.!?…]["'”’)\]]*$/.test(e.description!.trim())))
    return description;
  return description.slice(0, -1);
}

function mostEndInSpace(source: string, container: Container): boolean {
  const real = realEntries(container);
  const spaced = real.filter((e) => /[ \t]$/.test(source.slice(e.start, e.end))).length;
  return spaced * 2 > real.length;
}

/** A row of the chosen group shows how its group cell is written (a badge, a word): copy that cell. */
function groupCellOf(doc: AdoptersDocument, container: Container, group: string): string | undefined {
  const column = container.table?.columns.group ?? -1;
  if (column < 0) return undefined;
  const sibling = groupMembers(container, group).find((e) => e.wellFormed) ?? groupMembers(container, group)[0];
  const span = sibling?.spans.find((s) => s.field === 'group');
  return span ? doc.source.slice(span.start, span.end) : undefined;
}
