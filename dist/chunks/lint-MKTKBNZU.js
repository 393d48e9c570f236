import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-N2LGVR4H.js";
import "./chunk-L63HGGP2.js";
import "./chunk-EHMZMUNW.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-UXUYLZF2.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
