import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/text/line-starts.ts
function lineStartsOf(source) {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAtOffset(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/adopters/shared-hosts.ts
var SHARED_HOSTS = /* @__PURE__ */ new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "medium.com",
  "linkedin.com",
  "twitter.com",
  "x.com",
  "youtube.com",
  "facebook.com",
  "sourceforge.net",
  "npmjs.com",
  "google.com",
  "codeberg.org",
  "huggingface.co"
]);

export {
  lineStartsOf,
  lineAtOffset,
  SHARED_HOSTS
};
