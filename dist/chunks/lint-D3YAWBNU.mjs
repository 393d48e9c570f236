import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-KXPHRUIS.mjs";
import "./chunk-4EZ57HOH.mjs";
import "./chunk-VUEZVXDS.mjs";
import "./chunk-FWKJYVJ4.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-U7RS67KR.mjs";
import "./chunk-DTJFG3QE.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
