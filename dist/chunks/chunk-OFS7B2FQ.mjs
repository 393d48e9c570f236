import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/workflows/bind-methods.ts
function bindMethods(target) {
  const out = {};
  let proto = target;
  while (proto && proto !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const value = target[key];
      if (key !== "constructor" && typeof value === "function" && !(key in out))
        out[key] = value.bind(target);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return out;
}

// src/workflows/ports.ts
var PullRequestCreationForbidden = class extends Error {
  name = "PullRequestCreationForbidden";
};

export {
  bindMethods,
  PullRequestCreationForbidden
};
