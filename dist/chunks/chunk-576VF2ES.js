import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/workflows/ports.ts
var PullRequestCreationForbidden = class extends Error {
  name = "PullRequestCreationForbidden";
};

export {
  PullRequestCreationForbidden
};
