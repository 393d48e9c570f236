import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-CIZJNFSI.js";
import "./chunk-AA7EW4YN.js";
import "./chunk-UNFAKITF.js";
import "./chunk-PNBQ3NFW.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
