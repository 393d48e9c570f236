import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";
import {
  keyMapFromFields
} from "./chunk-PTVQWISG.js";

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
  fileOptionsFrom,
  fileForSection,
  dataFormat,
  dataOptions
};
