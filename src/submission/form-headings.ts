/** GitHub's limit on an issue body; longer text was not made by GitHub. */
export const ISSUE_BODY_MAX_LENGTH = 65_536;

/** A `### <label>` line GitHub printed above an answer. */
export interface FormHeading {
  label: string;
  /** 1-based line number in the body (after CRLF normalization). */
  line: number;
}

/**
 * A `###` the issue parser would misread. `inside` is the label of the answer it sits in (undefined
 * before the first heading). `repeats` is set when the line is a heading of the form seen before.
 */
export interface StrayHeading {
  inside: string | undefined;
  line: number;
  repeats?: string;
  /** For a repeated heading, the line of its first copy. */
  firstLine?: number;
  /** A label of the form that follows the `###` elsewhere on a line (the parser would take it as that field). */
  names?: string;
}

export interface HeadingScan {
  headings: FormHeading[];
  strays: StrayHeading[];
}

/** Issue bodies edited in a browser come back with CRLF; the parser and the scan work on LF. */
export function normalizeLineEndings(body: string): string {
  return body.replace(/\r\n?/g, '\n');
}

/**
 * Finds the form's headings in an issue body and every `###` that is not one of them.
 *
 * Why: `@github/issue-parser` 2.0.0 splits the body with `/### *(?<key>.*?)\s*[\r\n]+…/g`, which matches
 * `###` anywhere, even mid-line, and keeps the last answer filed under a label. A line `### Website`
 * typed inside another answer would therefore replace the real website. Its regex also backtracks
 * cubically on a `###` followed by a long run of spaces (20 s for 4,000 spaces). So before the parser
 * sees a body, every `###` in it must begin a line that is exactly `### <label>` of the form (trailing
 * spaces allowed), and each label may appear once. A repeated heading is reported inside the answer
 * before its second copy: right for the attack that matters (a later answer overriding an earlier
 * field, since the parser keeps the last copy); when an earlier answer holds the copy, which of the
 * two is real cannot be told, so messages give both lines. The body is expected LF-normalized.
 */
export function scanFormHeadings(body: string, labels: readonly string[]): HeadingScan {
  const known = new Set(labels);
  const seen = new Map<string, number>();
  const headings: FormHeading[] = [];
  const strays: StrayHeading[] = [];
  let inside: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (!text.includes('###')) return;
    const heading = headingText(text);
    const count = text.split('###').length - 1;
    if (heading !== undefined && known.has(heading) && count === 1) {
      const firstLine = seen.get(heading);
      if (firstLine !== undefined) {
        strays.push({ inside, line, repeats: heading, firstLine });
        return;
      }
      seen.set(heading, line);
      headings.push({ label: heading, line });
      inside = heading;
      return;
    }
    const names = labels.find((label) => new RegExp(`###[ ]*${escapeRegExp(label)}`).test(text));
    strays.push(names === undefined ? { inside, line } : { inside, line, names });
  });
  return { headings, strays };
}

/**
 * The body as `@github/issue-parser` may safely see it, once `scanFormHeadings` found no stray: every
 * heading line written exactly `### <label>`, and no run of more than two line feeds. What the parser
 * reads is unchanged (it trims a heading's blanks and an answer's blank lines itself), but two of its
 * regular expressions are super-linear on what this removes: `/### *(?<key>.*?)\s*[\r\n]+…/` backtracks
 * cubically over blanks after the last heading of a body (7 s for 60,000 spaces or tabs), and
 * `/^[\n]+|[\n]+$/g` in its value formatting rescans every run of line feeds inside an answer,
 * quadratically (3 s for 60,000). A run of blank lines in an answer is refused anyway (names are one
 * line, descriptions one paragraph), so shortening it changes no outcome.
 */
export function canonicalizeForParser(body: string, headings: readonly FormHeading[]): string {
  const lines = body.split('\n');
  for (const heading of headings) lines[heading.line - 1] = `### ${heading.label}`;
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * The text of a `### text` line without its leading and trailing blanks, or undefined. Written
 * without a regular expression: `/^### +(.*?)[ \t]*$/` backtracks like the parser's on long runs of spaces.
 */
function headingText(line: string): string | undefined {
  if (!line.startsWith('### ')) return undefined;
  let start = 4;
  while (line[start] === ' ') start += 1;
  let end = line.length;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(start, end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
