import type { CheckedLink, LinkResult, LinkStatus } from '../../src/links/types.js';
import { classifyTarget } from '../../src/links/classify.js';

/** A checked link as the workflow would produce it, for state and report tests. */
export function checked(
  url: string,
  status: LinkStatus,
  extra: Partial<LinkResult> & { line?: number; entry?: string | null } = {},
): CheckedLink {
  const { line = 1, entry = null, ...result } = extra;
  return {
    url,
    target: classifyTarget(url),
    occurrences: [{ url, line, entry, kind: 'inline' }],
    result: { status, code: status === 'broken' ? 404 : status === 'ok' ? 200 : null, network: true, ...result },
  };
}
