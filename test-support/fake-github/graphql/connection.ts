// GraphQL connections as GitHub pages them: `first` up to 100 (more is an error), opaque cursors that
// name a position in the connection's order rather than an offset, so an item added or removed between
// two requests does not shift the next page.
import { GraphqlFieldError, type GraphqlObject } from './execute.js';

/** Where an item sits in the connection's order: compared element by element. */
export type SortKey = (string | number)[];

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const MAX_PAGE = 100;

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return (a[i] ?? '') < (b[i] ?? '') ? -1 : 1;
  }
  return 0;
}

const encodeCursor = (key: SortKey) => Buffer.from(`cursor:v2:${JSON.stringify(key)}`).toString('base64');

function decodeCursor(cursor: string): SortKey {
  const text = /^cursor:v2:(.*)$/s.exec(Buffer.from(cursor, 'base64').toString())?.[1];
  try {
    const key: unknown = JSON.parse(text ?? '');
    if (Array.isArray(key)) return key as SortKey;
  } catch {
    // falls through to GitHub's error
  }
  throw new GraphqlFieldError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
}

/**
 * One page of `ordered` (already in the connection's order, ascending by `keyOf`, or descending when
 * `descending`). `field` names the connection in GitHub's error messages.
 */
export function connectionPage<T>(options: {
  typename: string;
  field: string;
  ordered: T[];
  args: PageArgs;
  keyOf: (item: T) => SortKey;
  render: (item: T) => GraphqlObject;
  descending?: boolean;
}): GraphqlObject {
  const { typename, field, ordered, args, keyOf, render } = options;
  const { first, after } = args;
  if (typeof first === 'number' && first > MAX_PAGE) {
    throw new GraphqlFieldError(
      'EXCESSIVE_PAGINATION',
      `Requesting ${first} records on the \`${field}\` connection exceeds the \`first\` limit of ${MAX_PAGE} records.`,
    );
  }
  const sign = options.descending ? -1 : 1;
  const from = after == null ? undefined : decodeCursor(after);
  const rest = from ? ordered.filter((item) => sign * compareKeys(keyOf(item), from) > 0) : ordered;
  // GitHub wants a page size only when items are asked for: `comments { totalCount }` needs none.
  const page = () => {
    if (typeof first !== 'number') {
      throw new GraphqlFieldError(
        'MISSING_PAGINATION_BOUNDARIES',
        `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
      );
    }
    return rest.slice(0, first);
  };
  const cursorOf = (item: T | undefined) => (item === undefined ? null : encodeCursor(keyOf(item)));
  return {
    __typename: typename,
    totalCount: ordered.length,
    nodes: () => page().map(render),
    edges: () =>
      page().map((item) => ({
        __typename: `${typename.replace(/Connection$/, '')}Edge`,
        cursor: cursorOf(item),
        node: render(item),
      })),
    pageInfo: () => {
      const items = page();
      return {
        __typename: 'PageInfo',
        hasNextPage: rest.length > items.length,
        hasPreviousPage: rest.length < ordered.length,
        startCursor: cursorOf(items[0]),
        endCursor: cursorOf(items.at(-1)),
      };
    },
  };
}
