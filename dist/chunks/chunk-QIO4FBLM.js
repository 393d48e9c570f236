import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

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

export {
  LINK_STATUSES,
  isFailing,
  countStatuses
};
