import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-EC7UIWHT.js";
import "./chunk-7QVLASFN.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-27GAMBPE.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
