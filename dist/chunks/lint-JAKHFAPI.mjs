import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-G2OXHJC6.mjs";
import "./chunk-234S3TEZ.mjs";
import "./chunk-Z5U7UXQ4.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import "./chunk-NWY2PKW3.mjs";
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
