import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dataOptions
} from "./chunk-MEP3FXJ7.js";
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";

// src/adopters-file/lint.ts
async function lintFile(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataFile } = await import("./lint-data-4JRMZEGT.js");
    return lintDataFile(source, format, dataOptions(options));
  }
  const { lintAdopters } = await import("./lint-MKTKBNZU.js");
  return lintAdopters(source);
}
async function lintFileChanges(path, before, after, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataChanges } = await import("./lint-data-4JRMZEGT.js");
    return lintDataChanges(before, after, format, dataOptions(options));
  }
  const { lintChanges } = await import("./lint-changes-55NVCKLP.js");
  return lintChanges(before, after);
}

export {
  lintFile,
  lintFileChanges
};
