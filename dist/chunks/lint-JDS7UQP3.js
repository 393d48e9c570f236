import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-6AZCMR25.js";
import "./chunk-7UCIL3NY.js";
import "./chunk-QIJWOQJ7.js";
import "./chunk-6SM3KO6M.js";
import "./chunk-S32RNO5T.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-5UTE6RJE.js";
import "./chunk-BBUXQVJU.js";
import "./chunk-ONBS6DE5.js";
export {
  duplicateKey,
  lintAdopters
};
