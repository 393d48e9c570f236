import type { SpanContext } from './model.js';

/**
 * Escapes user text for inline Markdown so it displays exactly as typed: emphasis, code, links, HTML,
 * strikethrough and table pipes become literal, and `&name;` stays text instead of an entity. The result is
 * checked afterwards by re-parsing (see verify.ts); escaping alone is never trusted.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/#+$/, (h) => h.replace(/#/g, '\\#'));
}

/** A URL as a link destination: parentheses and spaces encoded so the destination cannot end early. */
export function linkDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[Name](url)` with both parts made safe. */
export function markdownLink(name: string, url: string): string {
  return `[${escapeInline(name)}](${linkDestination(url)})`;
}

function attribute(value: string, quote: '"' | "'"): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
}

/**
 * A value written for its place in the file, or undefined when it cannot be written there as itself
 * (a line break in a code block, a space in an unquoted attribute).
 */
export function escapeFor(value: string, context: SpanContext, atLineStart = false): string | undefined {
  switch (context) {
    case 'text':
    case 'cell':
    case 'link-text': {
      const escaped = escapeInline(value);
      // At the start of a line, `1.`, `-`, `+` or `#` would open a block.
      return atLineStart ? escaped.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+#=])/, '\\$1') : escaped;
    }
    case 'destination':
      return linkDestination(value);
    case 'reference-destination':
      return `](${linkDestination(value)})`;
    case 'angle-destination':
    case 'autolink':
    case 'bare-url':
      return /[\s<>]/.test(value) ? undefined : value;
    case 'attribute-double':
      return attribute(value, '"');
    case 'attribute-single':
      return attribute(value, "'");
    case 'attribute-bare':
      return /[\s"'=<>`]/.test(value) ? undefined : value;
    case 'code':
      return /[\r\n]/.test(value) ? undefined : value;
    // A browser reads `&copy` as © even without its `;`: an `&` that could start a reference is written out.
    case 'html-text':
      return value.replace(/&(?=[#A-Za-z0-9])/g, '&amp;').replace(/</g, '&lt;');
    // A template reads its parameter as written: a value that would end the string or the tag has no form.
    case 'param-double':
      return /["\\\r\n]|[>%]\}\}|%\}|\/>/.test(value) ? undefined : value;
    case 'param-single':
      return /['\\\r\n]|[>%]\}\}|%\}|\/>/.test(value) ? undefined : value;
  }
}

/** Lines that would open a block (list, heading, quote, table, fence, HTML) if a wrapped line began with them. */
export function startsBlock(token: string): boolean {
  return /^(?:[-+*]|\d{1,9}[.)]|#{1,6}|>|\||=+|-+|`{3,}|~{3,}|<)$/.test(token) || /^(?:`{3}|~{3}|<)/.test(token);
}
