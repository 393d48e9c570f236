import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-CFM6LW37.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-JZX7IAJ5.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-AYTB54UI.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
