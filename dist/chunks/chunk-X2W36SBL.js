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

// src/adopters-file/change.ts
async function changeFile(path, source, change, options = {}) {
  const format = dataFormatOf(path);
  if (!format) {
    const other = otherMarkupReason(path);
    if (other) return { ok: false, code: "unsupported", reason: other };
    if (change.kind === "remove")
      return (await import("./remove-adopter-AZ2CDNU2.js")).removeAdopter(source, change.entry);
    return (await import("./update-adopter-JARGJ3BC.js")).updateAdopter(source, change.entry, change.changes);
  }
  const result = change.kind === "update" ? (await import("./update-data-entry-U6ZWOWI2.js")).updateDataEntry(
    source,
    format,
    change.entry,
    change.changes,
    dataOptions(options)
  ) : (await import("./remove-data-entry-QMCD5IZC.js")).removeDataEntry(
    source,
    format,
    change.entry,
    dataOptions(options)
  );
  return result.ok ? { ...result, name: change.entry, previous: "", flags: [] } : result;
}

export {
  changeFile
};
