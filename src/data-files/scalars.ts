import { parse } from 'yaml';

/** Can `value` be written as a plain YAML scalar and read back as the same string, by YAML 1.2 and 1.1 readers? */
export function plainOk(value: string, inFlow: boolean): boolean {
  if (!value || value !== value.trim() || /[\r\n\t]/.test(value)) return false;
  if (inFlow && /[,[\]{}]/.test(value)) return false;
  for (const version of ['1.2', '1.1'] as const) {
    try {
      const back: unknown = parse(`k: ${value}\n`, { version });
      if (!back || typeof back !== 'object' || (back as Record<string, unknown>).k !== value) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Characters a YAML double-quoted scalar must escape beyond what JSON escapes (non-printable ones). */
const NON_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found
const HAS_NON_PRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const NON_ASCII = /[^\u0020-\u007e\t\n\r]/;
const NON_ASCII_ALL = /[^\u0020-\u007e\t\n\r]/g;
const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function yamlDoubleQuoted(value: string): string {
  return JSON.stringify(value).replace(NON_PRINTABLE, hex);
}

export interface YamlScalarContext {
  /** Inside a flow collection (`{…}` / `[…]`), where `,` and brackets end a plain scalar. */
  inFlow: boolean;
  /** The quoting the file uses when it must quote (its most common quoted style). */
  fallback: 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';
  /** For block scalars: the sibling's header (`>-`, `|`) and its content lines' indentation. */
  blockHeader?: string;
  blockIndent?: string;
  eol: string;
}

/**
 * A string written in a given YAML scalar style, as a sibling writes it; a style that cannot hold the
 * value (plain with `: ` or `#`, single quotes with a line break) gives way to quoting that can.
 */
export function renderYamlScalar(value: string, style: string, ctx: YamlScalarContext): string {
  switch (style) {
    case 'PLAIN':
      return plainOk(value, ctx.inFlow) ? value : renderYamlScalar(value, ctx.fallback, ctx);
    case 'QUOTE_SINGLE':
      return /[\r\n]/.test(value) || HAS_NON_PRINTABLE.test(value)
        ? yamlDoubleQuoted(value)
        : `'${value.replace(/'/g, "''")}'`;
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      const header = (ctx.blockHeader ?? (style === 'BLOCK_FOLDED' ? '>-' : '|-')).replace(/[1-9]/g, '');
      if (ctx.inFlow || !ctx.blockIndent || /^\s|\s$/.test(value) || HAS_NON_PRINTABLE.test(value))
        return yamlDoubleQuoted(value);
      // A folded scalar joins single line breaks: one paragraph is one line, as the sibling's would be.
      const lines = style === 'BLOCK_FOLDED' ? [value.replace(/\s*\n\s*/g, ' ')] : value.split(/\r?\n/);
      return [header, ...lines.map((l) => (l ? ctx.blockIndent + l : ''))].join(ctx.eol);
    }
    default:
      return yamlDoubleQuoted(value);
  }
}

export interface JsonStringStyle {
  /** The file escapes every non-ASCII character (Python's `json.dump` default). */
  asciiOnly: boolean;
  /** The file writes `/` as `\/` (PHP's default). */
  escapeSlash: boolean;
}

export function jsonStringStyle(source: string): JsonStringStyle {
  return {
    asciiOnly:
      /\\u(?:00[89a-f]|0[1-9a-f][0-9a-f]|[1-9a-f][0-9a-f]{2})[0-9a-f]/i.test(source) && !NON_ASCII.test(source),
    escapeSlash: /\\\//.test(source) && !/"https?:\/\//.test(source),
  };
}

export function renderJsonString(value: string, style: JsonStringStyle): string {
  let text = JSON.stringify(value);
  if (style.asciiOnly) text = text.replace(NON_ASCII_ALL, hex);
  if (style.escapeSlash) text = text.replace(/\//g, '\\/');
  return text;
}
