import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-RWSPVTTC.mjs";
import "./chunk-6GNRKB7J.mjs";
import "./chunk-ONZUUEBO.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-RCCLGEWK.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-BVBRJP3R.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
