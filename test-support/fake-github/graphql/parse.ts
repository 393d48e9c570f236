// A small GraphQL reader: one operation, fields with aliases and arguments, variables. Enough to answer
// the few queries and mutations the bot sends with exactly the fields it selected.
export type GraphqlValue =
  | string
  | number
  | boolean
  | null
  | { variable: string }
  | { enum: string }
  | GraphqlValue[]
  | { [key: string]: GraphqlValue };

export interface Field {
  alias: string;
  name: string;
  args: Record<string, GraphqlValue>;
  selections?: Field[];
  location: { line: number; column: number };
}

export interface Operation {
  kind: 'query' | 'mutation';
  selections: Field[];
}

export class GraphqlSyntaxError extends Error {}

const TOKEN =
  /\s+|,|#[^\n]*|\.\.\.|[{}()[\]:!$=@]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:\\.|[^"\\])*"|[_A-Za-z][_0-9A-Za-z]*/y;

interface Token {
  text: string;
  offset: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const offset = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new GraphqlSyntaxError(`Parse error on "${source[offset]}" at offset ${offset}`);
    const text = match[0];
    if (!/^(\s+|,|#.*)$/.test(text)) tokens.push({ text, offset });
  }
  return tokens;
}

export function parseOperation(source: string): Operation {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i]?.text;
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (!token || (expected !== undefined && token.text !== expected)) {
      throw new GraphqlSyntaxError(`Parse error: expected ${expected ?? 'a token'}, found ${token?.text ?? 'end'}`);
    }
    return token.text;
  };
  const location = (offset: number) => {
    const before = source.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };

  const value = (): GraphqlValue => {
    const text = take();
    if (text === '$') return { variable: take() };
    if (text === '[') {
      const list: GraphqlValue[] = [];
      while (peek() !== ']') list.push(value());
      take(']');
      return list;
    }
    if (text === '{') {
      const object: Record<string, GraphqlValue> = {};
      while (peek() !== '}') {
        const key = take();
        take(':');
        object[key] = value();
      }
      take('}');
      return object;
    }
    if (text.startsWith('"')) return JSON.parse(text) as string;
    if (/^-?\d/.test(text)) return Number(text);
    if (text === 'true' || text === 'false') return text === 'true';
    if (text === 'null') return null;
    return { enum: text };
  };

  const selectionSet = (): Field[] => {
    take('{');
    const fields: Field[] = [];
    while (peek() !== '}') {
      if (peek() === '...') throw new GraphqlSyntaxError('Fragments are not supported by the fake GitHub');
      const offset = tokens[i]!.offset;
      const alias = take();
      let name = alias;
      if (peek() === ':') {
        take(':');
        name = take();
      }
      const args: Record<string, GraphqlValue> = {};
      if (peek() === '(') {
        take('(');
        while (peek() !== ')') {
          const arg = take();
          take(':');
          args[arg] = value();
        }
        take(')');
      }
      const selections = peek() === '{' ? selectionSet() : undefined;
      fields.push({ alias, name, args, selections, location: location(offset) });
    }
    take('}');
    return fields;
  };

  let kind: Operation['kind'] = 'query';
  if (peek() === 'query' || peek() === 'mutation') {
    kind = take() as Operation['kind'];
    if (peek() !== '(' && peek() !== '{') take(); // operation name
    if (peek() === '(') {
      // variable definitions: their types do not matter to the fake, the values arrive in `variables`
      let depth = 0;
      do {
        const text = take();
        if (text === '(') depth += 1;
        if (text === ')') depth -= 1;
      } while (depth > 0);
    }
  }
  const selections = selectionSet();
  if (i < tokens.length)
    throw new GraphqlSyntaxError('Only one operation per document is supported by the fake GitHub');
  return { kind, selections };
}

/** Replaces `$name` references with the request's variables. */
export function resolveValue(value: GraphqlValue, variables: Record<string, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, variables));
  if ('variable' in value && typeof value.variable === 'string') return variables[value.variable];
  if ('enum' in value && typeof value.enum === 'string') return value.enum;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, variables)]));
}
