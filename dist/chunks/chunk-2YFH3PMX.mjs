import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  array,
  literal,
  number,
  object,
  string
} from "./chunk-BJABSIHD.mjs";

// src/links/types.ts
var LINK_STATUSES = [
  "ok",
  "redirected",
  "broken",
  "timeout",
  "unverifiable",
  "blocked",
  "malformed",
  "skipped"
];
var FAILING_STATUSES = /* @__PURE__ */ new Set(["broken", "timeout", "malformed"]);
function isFailing(status) {
  return FAILING_STATUSES.has(status);
}
function countStatuses(links) {
  const counts = Object.fromEntries(LINK_STATUSES.map((s) => [s, 0]));
  for (const link of links) counts[link.result.status] += 1;
  return counts;
}

// src/links/state.ts
var REPORT_MARKER = "<!-- adopters-bot:link-report -->";
var STATE_OPEN = "<!-- adopters-bot:link-state ";
var STATE_CLOSE = " -->";
var MAX_TRACKED_LINKS = 400;
var MAX_STATE_CHARS = 24e3;
var trackedSchema = object({
  url: string().min(1).max(2048),
  since: string().regex(/^\d{4}-\d{2}-\d{2}$/),
  runs: number().int().min(1).max(1e5)
});
var stateSchema = object({
  version: literal(1),
  links: array(trackedSchema).max(MAX_TRACKED_LINKS)
});
var EMPTY_STATE = { version: 1, links: [] };
function parseState(body) {
  if (!body) return { state: EMPTY_STATE };
  const match = /<!-- adopters-bot:link-state (\{[^\n]*\}) -->\s*$/.exec(body);
  if (!match?.[1]) return { state: EMPTY_STATE, problem: "no state block in the report issue" };
  if (match[1].length > MAX_STATE_CHARS) return { state: EMPTY_STATE, problem: "state block too large" };
  let json;
  try {
    json = JSON.parse(match[1]);
  } catch {
    return { state: EMPTY_STATE, problem: "state block is not valid JSON" };
  }
  const parsed = stateSchema.safeParse(json);
  return parsed.success ? { state: parsed.data } : { state: EMPTY_STATE, problem: "state block has an unexpected shape" };
}
function serializeState(state) {
  let links = state.links.slice(0, MAX_TRACKED_LINKS);
  for (; ; ) {
    const json = JSON.stringify({ version: 1, links }).replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
    );
    const block = `${STATE_OPEN}${json}${STATE_CLOSE}`;
    if (block.length <= MAX_STATE_CHARS || links.length === 0) return block;
    links = links.slice(0, Math.floor(links.length * 0.9));
  }
}
function advanceState(previous, links, options) {
  const before = new Map(previous.links.map((l) => [l.url, l]));
  const today = options.today.toISOString().slice(0, 10);
  const threshold = Math.max(1, Math.floor(options.threshold));
  const failures = [];
  for (const link of links) {
    if (!isFailing(link.result.status)) continue;
    const prior = before.get(link.url);
    const runs = (prior?.runs ?? 0) + 1;
    const since = prior?.since ?? today;
    failures.push({ link, runs, since, confirmed: !link.result.network || runs >= threshold });
  }
  const tracked = failures.slice(0, MAX_TRACKED_LINKS).map((f) => ({ url: f.link.url, since: f.since, runs: f.runs }));
  return { state: { version: 1, links: tracked }, failures };
}
function decideReportAction(issue, failures) {
  if (failures.length > 0) return issue === null ? "create" : issue.open ? "update" : "reopen";
  return issue?.open ? "close" : "none";
}

export {
  countStatuses,
  REPORT_MARKER,
  parseState,
  serializeState,
  advanceState,
  decideReportAction
};
