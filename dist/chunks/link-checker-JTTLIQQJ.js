import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-VSO4ZOOU.js";
import "./chunk-KI5QMRHU.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-2MHM6N4L.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
