import stringWidth from 'string-width';
import type { AdoptersDocument } from '../document.js';
import type { Container, Entry } from '../model.js';
import { realEntries } from '../carried-fields.js';

export type Padding = 'aligned' | 'spaced' | 'compact';

/** How the rows around the copied sibling are written, where the sibling alone could mislead. */
export interface TableStyle {
  /** Per column: padded to the delimiter row's width, one space each side, or none. */
  paddings: Padding[];
  /** Per column: the delimiter row's width. */
  widths: number[];
  /** Per column: what the file writes in a cell it has no value for (`-`, `N/A`), or '' for nothing. */
  blanks: string[];
  /** Rows open and close with a pipe. */
  lead: boolean;
  trail: boolean;
}

/** Columns a cell's text takes: its length when it is printable ASCII, else what string-width counts. */
export const displayWidth = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text));

/** The text between two pipes of a raw table line (escaped pipes stay inside their cell). */
export function rawCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}

/**
 * How one cell is padded: `| a   |` to its column's width (display columns, as people align them in an
 * editor: a CJK character or an emoji takes two), `| a |` one space each side, or `|a|` none. Undefined
 * when the cell cannot tell: empty, or as wide as its column with one space each side.
 */
function cellPadding(cell: string, width: number): Padding | undefined {
  const content = cell.trim();
  if (!content) return undefined;
  if (!/^\s|\s$/.test(cell)) return 'compact';
  const room = displayWidth(content) + 2 < width;
  if (room && displayWidth(cell) === width) return 'aligned';
  return room || displayWidth(cell) !== displayWidth(content) + 2 ? 'spaced' : undefined;
}

/** A cell that says "nothing here" in words or a dash. */
const BLANK_MARK = /^(?:-|–|—|N\/A|n\/a|TBD|tbd)$/;

/** Rows either side of the sibling whose writing is counted. */
const VOTERS = 25;

type Tally<K extends string> = Partial<Record<K, number>>;
const add = <K extends string>(tally: Tally<K>, key: K) => (tally[key] = (tally[key] ?? 0) + 1);

/** The key most rows chose; a tie goes to the sibling's own choice, then to the first key seen. */
function majority<K extends string>(tally: Tally<K>, own: K | undefined): K | undefined {
  let best: K | undefined;
  for (const key of Object.keys(tally) as K[]) {
    const n = tally[key]!;
    const m = best === undefined ? -1 : tally[best]!;
    if (n > m || (n === m && key === own)) best = key;
  }
  return best;
}

/**
 * How each column is padded and what an empty cell says, by what most rows near the sibling do: one
 * row typed by hand (`| Acme |` in a table aligned to its delimiter row, a row without its closing pipe)
 * does not set the style. The sibling breaks ties; a column no row tells of follows the sibling's row.
 */
export function tableStyle(doc: AdoptersDocument, container: Container, template: Entry): TableStyle {
  const layout = container.table!;
  const widths = rawCells(layout.delimiter).map((c) => c.length);
  const rows = realEntries(container);
  const at = Math.max(0, rows.indexOf(template));
  const paddingVotes = widths.map((): Tally<Padding> => ({}));
  const blankVotes = widths.map((): Tally<string> => ({}));
  const pipes: { lead: Tally<'yes' | 'no'>; trail: Tally<'yes' | 'no'> } = { lead: {}, trail: {} };
  const countPipes = (line: string) => {
    const t = line.trim();
    add(pipes.lead, t.startsWith('|') ? 'yes' : 'no');
    add(pipes.trail, t.endsWith('|') && !t.endsWith('\\|') ? 'yes' : 'no');
  };
  // The header and delimiter rows say how the table was begun; each body row says how it goes on.
  countPipes(doc.source.slice(layout.headStart, layout.bodyStart).split(/\r?\n/)[0] ?? '');
  countPipes(layout.delimiter);
  for (const row of rows.slice(Math.max(0, at - VOTERS), at + VOTERS + 1)) {
    const line = doc.source.slice(row.start, row.end);
    countPipes(line);
    rawCells(line).forEach((cell, i) => {
      if (i >= widths.length) return;
      const padding = cellPadding(cell, widths[i]!);
      if (padding) add(paddingVotes[i]!, padding);
      const content = cell.trim();
      if (!content) add(blankVotes[i]!, '');
      else if (BLANK_MARK.test(content)) add(blankVotes[i]!, content);
    });
  }
  const line = doc.source.slice(template.start, template.end);
  const own = rawCells(line);
  const whole = rowPadding(own, widths);
  const trimmed = line.trim();
  return {
    widths,
    paddings: widths.map(
      (w, i) => majority(paddingVotes[i]!, own[i] === undefined ? undefined : cellPadding(own[i], w)) ?? whole,
    ),
    blanks: widths.map((_, i) => majority(blankVotes[i]!, '') ?? ''),
    lead: majority(pipes.lead, trimmed.startsWith('|') ? 'yes' : 'no') === 'yes',
    trail: majority(pipes.trail, trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? 'yes' : 'no') === 'yes',
  };
}

/** How the sibling pads its cells as a whole, for the columns no row tells of. */
function rowPadding(cells: string[], widths: number[]): Padding {
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return 'compact';
  const aligned = cells.filter((c, i) => displayWidth(c) === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? 'aligned' : 'spaced';
}
