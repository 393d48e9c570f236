import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  otherMarkupReason
} from "./chunk-TGH2AUFJ.js";
import {
  dataOptions
} from "./chunk-MEP3FXJ7.js";
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";

// src/adopters-file/insert.ts
async function insertIntoFile(path, source, entry, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { insertDataEntry } = await import("./insert-data-entry-CTNLWRDW.js");
    return insertDataEntry(source, format, entry, dataOptions(options));
  }
  const other = otherMarkupReason(path);
  if (other) return { ok: false, code: "unsupported", reason: other };
  const { insertAdopter } = await import("./insert-adopter-JD4WKJIQ.js");
  return insertAdopter(source, entry, { section: options.section });
}

export {
  insertIntoFile
};
