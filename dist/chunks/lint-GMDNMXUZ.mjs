import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-6FSIV5LM.mjs";
import "./chunk-VLLPZED5.mjs";
import "./chunk-Z5U7UXQ4.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import "./chunk-63Z4LP7N.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
