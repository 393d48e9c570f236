/**
 * Defuses what a GitHub Actions runner would read as a workflow command in text it logs. The runner
 * reads a line as a command in two forms: `::name::` at its start after leading white space
 * (`ActionCommand.TryParseV2` trims with .NET's `TrimStart`, which also drops U+0085 and U+00A0), and
 * the legacy `##[name]` anywhere in it (`ActionCommand.TryParse` searches with `IndexOf`). Lines end on
 * CR, LF or CRLF (`TextReader.ReadLine`). Both forms are broken by one inserted space — `: :` and
 * `## [` — which leaves the text readable and every other byte in place.
 */

/** Line breaks as the runner splits a log (a bare CR ends a line too). */
const LINE_BREAK = /\r\n|\r|\n/g;
/** What .NET's `TrimStart` drops before the `::` (JavaScript's `\s` lacks U+0085). */
const COMMAND_START = /^[\s\u0085]*:(?=:)/;

/** Offsets in `text` before which a space must go so that no line of it is a workflow command. */
function insertionPoints(text: string): number[] {
  const points: number[] = [];
  let lineStart = 0;
  const lines = [...text.matchAll(LINE_BREAK)].map((m) => ({ end: m.index, next: m.index + m[0].length }));
  lines.push({ end: text.length, next: text.length });
  for (const { end, next } of lines) {
    const line = text.slice(lineStart, end);
    const start = COMMAND_START.exec(line);
    if (start) points.push(lineStart + start[0].length);
    for (const legacy of line.matchAll(/##(?=\[)/g)) points.push(lineStart + legacy.index + 2);
    lineStart = next;
  }
  return points.sort((a, b) => a - b);
}

function insertSpaces(text: string, points: readonly number[], shift = 0): string {
  let out = '';
  let at = 0;
  for (const point of points) {
    out += `${text.slice(at, point - shift)} `;
    at = point - shift;
  }
  return out + text.slice(at);
}

/** `text` with a space put into every `::` that starts a line and every `##[`. */
export function defuseWorkflowCommands(text: string): string {
  return insertSpaces(text, insertionPoints(text));
}

/**
 * A writer for a stream the runner may log (a CLI's stdout or stderr), defusing workflow commands across
 * the chunks it is given: a command split over two writes (`'  :'` then `':add-mask::x'`) is caught too.
 * Only the line being written is remembered.
 */
export function commandSafeWriter(write: (text: string) => void): (text: string) => void {
  let line = '';
  return (text) => {
    if (text === '') return;
    const combined = line + text;
    const points = insertionPoints(combined).filter((p) => p >= line.length);
    write(points.length ? insertSpaces(text, points, line.length) : text);
    const breaks = [...combined.matchAll(LINE_BREAK)];
    const last = breaks[breaks.length - 1];
    line = last === undefined ? combined : combined.slice(last.index + last[0].length);
    // What matters of the line so far: whether it is blank (a `::` may still start it) and its last
    // characters (a `##[` may straddle two writes). Long lines keep just that.
    if (line.length > 64) line = `${/^[\s\u0085]*$/.test(line) ? '' : 'x'}${line.slice(-8)}`;
  };
}

/**
 * JSON for a stream the runner may log: `JSON.stringify`, with every `#` before `[` written `\u0023` so
 * that no `##[` appears, and U+2028/U+2029 escaped. The value parsed back is unchanged; no line of JSON
 * can start with `::` (its lines start with a bracket, a quote or white space before a quote).
 */
export function commandSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/#(?=#*\[)/g, '\\u0023')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
