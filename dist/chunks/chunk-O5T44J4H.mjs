import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

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
  SHARED_HOSTS
};
