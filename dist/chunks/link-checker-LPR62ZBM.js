import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-XKJ6XDJQ.js";
import "./chunk-HBNZCJW7.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-7FEQXE3G.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
