import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  keyMapFromFields
} from "./chunk-AQFIXT2T.mjs";

// src/data-files/format.ts
function dataFormatOf(path) {
  const ext = extensionOf(path);
  if (ext === "yml" || ext === "yaml") return "yaml";
  if (ext === "json") return "json";
  return void 0;
}
function extensionOf(path) {
  return /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
}

// src/adopters-file/options.ts
function fileOptionsFrom(settings, section) {
  return { section, dataPath: settings["data-path"] || void 0, dataKeys: keyMapFromFields(settings["data-keys"]) };
}
function fileForSection(settings, section) {
  const files = settings["section-files"];
  const key = section ? Object.keys(files).find((k) => k.toLowerCase() === section.trim().toLowerCase()) : void 0;
  return key ? files[key] : settings["adopters-file"];
}
function dataFormat(path) {
  return dataFormatOf(path);
}
var dataOptions = (options) => ({
  section: options.section,
  path: options.dataPath || void 0,
  keys: options.dataKeys
});

export {
  dataFormatOf,
  extensionOf,
  fileOptionsFrom,
  fileForSection,
  dataFormat,
  dataOptions
};
