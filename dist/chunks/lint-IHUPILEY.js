import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-R7YDA5EQ.js";
import "./chunk-S2DC4FOG.js";
import "./chunk-UNFAKITF.js";
import "./chunk-XDGCHGXV.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
