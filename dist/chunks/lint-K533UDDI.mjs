import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-5I5BQT5B.mjs";
import "./chunk-U7XUKAMQ.mjs";
import "./chunk-BQYYGS52.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-JZX7IAJ5.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-AYTB54UI.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
