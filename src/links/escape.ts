/**
 * Untrusted text (URLs and entry names from the file, redirect targets) inside a GitHub-rendered
 * Markdown table cell. Everything goes into a code span: GitHub neither links `@mentions`, issue
 * references nor bare URLs inside code, and HTML and emphasis are inert there. What a code span
 * cannot neutralize is handled first:
 * - `|` would end the table cell even inside code; GFM turns `\|` back into a pipe. A backslash right
 *   before it would pair up with that escape and reopen the cell, so backslashes are replaced.
 * - line terminators (incl. U+2028/2029/0085) would end the row; control, bidi and zero-width
 *   characters could disguise the text. They become visible escapes.
 * - backticks are fenced with a longer run of backticks.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

export function codeSpan(text: string, maxLength = 200): string {
  let value = text.normalize('NFC').replace(/\r\n?|\n/g, ' ');
  value = value.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  // U+29F5 REVERSE SOLIDUS OPERATOR: looks like a backslash, cannot escape the pipe after it.
  value = value.replace(/\\/g, '\u29f5');
  if (value.length > maxLength) value = `${value.slice(0, maxLength - 1)}…`;
  value = value.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : '';
  return value === '' ? '' : `${fence}${pad}${value}${pad}${fence}`;
}

/** A URL for display: characters that could confuse Markdown or the reader are percent-encoded. */
export function displayUrl(url: string, maxLength = 200): string {
  const encoded = url.replace(
    /[\s<>"`|\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu,
    (c) => encodeURIComponent(c),
  );
  return codeSpan(encoded, maxLength);
}
/* eslint-enable no-control-regex */
