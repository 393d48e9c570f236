/**
 * Escapes user text for inline Markdown so it displays exactly as typed: emphasis, code, links, HTML,
 * strikethrough and table pipes become literal, and `&name;` stays text instead of an entity. The result is
 * checked afterwards by re-parsing (see verify.ts); escaping alone is never trusted.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
}

/** A URL as a link destination: parentheses and spaces encoded so the destination cannot end early. */
export function linkDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[Name](url)` with both parts made safe. */
export function markdownLink(name: string, url: string, angle = false): string {
  const dest = linkDestination(url);
  return `[${escapeInline(name)}](${angle ? `<${dest}>` : dest})`;
}

/** Lines that would open a block (list, heading, quote, table, fence, HTML) if a wrapped line began with them. */
export function startsBlock(token: string): boolean {
  return /^(?:[-+*]|\d{1,9}[.)]|#{1,6}|>|\||=+|-+|`{3,}|~{3,}|<)$/.test(token) || /^(?:`{3}|~{3}|<)/.test(token);
}
