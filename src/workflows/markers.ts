import * as z from 'zod';
import type { CommentInfo, PullInfo } from './ports.js';

/** The sticky comment on a submission issue is found by this marker *and* by its author being the bot. */
export const COMMENT_MARKER = '<!-- adopters-bot:submission -->';

const PR_MARKER = /<!-- adopters-bot:pr (\{[^<>]*\}) -->/;

const prMarkerSchema = z.object({
  issue: z.number().int().positive(),
  /** SHA-256 of the normalized submission and the entry text: what an approval is bound to. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The normalized organization name, to refuse a second submission of the same organization. */
  name: z.string().max(200),
  /** What the pull request does to the entry (absent on markers written before change requests). */
  request: z.enum(['add', 'update', 'remove']).optional(),
});
export type PrMarker = z.infer<typeof prMarkerSchema>;

/** JSON inside an HTML comment: `<` and `>` escaped so no value can close the comment. */
export function renderPrMarker(marker: PrMarker): string {
  return `<!-- adopters-bot:pr ${JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
}

/** The marker of a PR the bot opened; undefined for anyone else's PR or a marker that does not parse. */
export function readPrMarker(pull: PullInfo, botLogin: string): PrMarker | undefined {
  if (pull.author !== botLogin) return undefined;
  const m = PR_MARKER.exec(pull.body);
  if (!m) return undefined;
  try {
    const parsed = prMarkerSchema.safeParse(JSON.parse(m[1]!));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The bot's own sticky comment: a user can paste the marker, but cannot author as the bot. */
export function findStickyComment(comments: CommentInfo[], botLogin: string): CommentInfo | undefined {
  return comments.find((c) => c.author === botLogin && c.body.includes(COMMENT_MARKER));
}

export const branchFor = (issue: number) => `adopters/issue-${issue}`;

/** The issue number of one of our branches (`adopters/issue-12` → 12). */
export function issueOfBranch(ref: string): number | undefined {
  const m = /^adopters\/issue-(\d+)$/.exec(ref);
  return m ? Number(m[1]) : undefined;
}
