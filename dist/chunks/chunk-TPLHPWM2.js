import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-2CY5NW76.js";

// src/text/unified-diff.ts
function unifiedDiff(file, before, after) {
  const name = file.replace(/^\.?\//, "");
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, void 0, void 0, { context: 3 });
  return patch.replace(/^=+\r?\n/, "");
}

export {
  unifiedDiff
};
