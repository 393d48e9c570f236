import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-ZLNRBI43.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-ULFUVCFW.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
