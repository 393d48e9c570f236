import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-DBEDEBIO.js";
import "./chunk-EQ7FVURY.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-MED72ORX.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
