import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  _enum,
  number,
  object,
  string
} from "./chunk-YBYENE5N.js";

// src/workflows/markers.ts
var COMMENT_MARKER = "<!-- adopters-bot:submission -->";
var PR_MARKER = /<!-- adopters-bot:pr (\{[^<>]*\}) -->/;
var prMarkerSchema = object({
  issue: number().int().positive(),
  /** SHA-256 of the normalized submission and the entry text: what an approval is bound to. */
  hash: string().regex(/^[0-9a-f]{64}$/),
  /** The normalized organization name, to refuse a second submission of the same organization. */
  name: string().max(200),
  /** What the pull request does to the entry (absent on markers written before change requests). */
  request: _enum(["add", "update", "remove"]).optional()
});
function renderPrMarker(marker) {
  return `<!-- adopters-bot:pr ${JSON.stringify(marker).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->`;
}
function readPrMarker(pull, botLogin) {
  if (pull.author !== botLogin) return void 0;
  const m = PR_MARKER.exec(pull.body);
  if (!m) return void 0;
  try {
    const parsed = prMarkerSchema.safeParse(JSON.parse(m[1]));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function findStickyComment(comments, botLogin) {
  return comments.find((c) => c.author === botLogin && c.body.includes(COMMENT_MARKER));
}
var branchFor = (issue) => `adopters/issue-${issue}`;
function issueOfBranch(ref) {
  const m = /^adopters\/issue-(\d+)$/.exec(ref);
  return m ? Number(m[1]) : void 0;
}

export {
  COMMENT_MARKER,
  renderPrMarker,
  readPrMarker,
  findStickyComment,
  branchFor,
  issueOfBranch
};
