import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-G66I2RTK.js";
import "./chunk-5VGNYXET.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-7MOHXG6K.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
