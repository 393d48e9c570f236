import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-GBALLJZO.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-DRLVT226.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-7NP72CN2.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
