import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-47JTG4HC.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-5FZFMVNO.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-JMPZU5IR.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
