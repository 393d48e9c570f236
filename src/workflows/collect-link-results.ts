import { posix } from 'node:path';
import { classifyRelative } from '../links/classify.js';
import { extractFileLinks } from '../adopters-file/links.js';
import { dedupeLinks, fetchKey } from '../links/extract.js';
import type { CheckedLink, DistinctLink, LinkResult } from '../links/types.js';
import type { LinkChecker } from './check-links.js';

// Apart from the report (check-links.ts), so the CLI's check-links loads no report state or its schema.

export interface CollectOptions {
  checker: LinkChecker;
  /** Repository path of the file, to resolve relative links. */
  filePath: string;
  exists: (path: string) => Promise<boolean>;
  /** Report relative and in-page links as skipped instead of checking them. */
  skipRelative?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Extract → dedupe → check: one result per distinct URL, in order of first appearance. */
export async function collectLinkResults(text: string, options: CollectOptions): Promise<CheckedLink[]> {
  const { occurrences, anchors } = await extractFileLinks(options.filePath, text);
  const links = dedupeLinks(occurrences);
  const httpUrls = links.flatMap((l) => (l.target.kind === 'http' ? [l.target.url] : []));
  const fetched = await options.checker.check(httpUrls, options.onProgress);
  const lowerAnchors = new Set([...anchors].map((a) => a.toLowerCase()));
  return Promise.all(
    links.map(async (link) => ({ ...link, result: await localResult(link, fetched, lowerAnchors, options) })),
  );
}

async function localResult(
  link: DistinctLink,
  fetched: Map<string, LinkResult>,
  anchors: Set<string>,
  options: CollectOptions,
): Promise<LinkResult> {
  const target = link.target;
  switch (target.kind) {
    case 'http':
      return (
        fetched.get(fetchKey(target.url)) ?? { status: 'skipped', code: null, network: false, detail: 'not checked' }
      );
    case 'malformed': {
      const hint = target.suggestion ? `; did you mean ${target.suggestion}?` : '';
      return { status: 'malformed', code: null, network: false, detail: `${target.reason}${hint}` };
    }
    case 'skipped':
      return { status: 'skipped', code: null, network: false, detail: target.reason };
    case 'anchor':
      if (options.skipRelative) return { status: 'skipped', code: null, network: false, detail: 'in-page link' };
      return anchors.has(target.fragment.toLowerCase())
        ? { status: 'ok', code: null, network: false }
        : { status: 'broken', code: null, network: false, detail: 'no heading or anchor with that name in the file' };
    case 'relative': {
      // A domain typed without a scheme is malformed whether or not relative links are checked.
      if (options.skipRelative && !target.hostLike) {
        return { status: 'skipped', code: null, network: false, detail: 'relative link' };
      }
      const path = resolveRepositoryPath(options.filePath, target.path);
      if (path === null) {
        return { status: 'broken', code: null, network: false, detail: 'points outside the repository' };
      }
      return classifyRelative(target, !options.skipRelative && (await options.exists(path)));
    }
  }
}

/** `docs/ADOPTERS.md` + `../img/a%20b.png` → `img/a b.png`; `/x` is from the root; null when it escapes. */
export function resolveRepositoryPath(filePath: string, link: string): string | null {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    // keep the text as written; a bad escape simply will not exist
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(filePath), decoded);
  const normalized = posix.normalize(joined === '' ? '.' : joined).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) return null;
  return normalized === '' ? '.' : normalized;
}
