import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-HJ4J6EXE.js";
import "./chunk-O7VJFJ4P.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-NWHVWTTH.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
